"""Actual ``packages/loot-core/migrations/1712784523000_unhide_input_group.sql``: unhides
the income category groups.
"""

from edi_migrations.changes import Recompute

# Income groups are unhidden on purpose.
CHANGES = (
    Recompute("category_groups", "hidden", expression="CASE WHEN is_income = 1 THEN 0 ELSE hidden END"),
)


def upgrade(conn):
    conn.executescript(
        r'''
UPDATE category_groups
SET
  hidden = 0
WHERE is_income = 1;
'''
    )
