"""Actual ``packages/loot-core/migrations/1745425408000_update_budgetType_pref.sql``:
renames the budgetType preference's values: 'report' becomes 'tracking', anything else
'envelope'.
"""

from edi_migrations.changes import Recompute

# The budgetType preference's values are renamed on purpose.
CHANGES = (
    Recompute(
        "preferences",
        "value",
        expression=(
            "CASE WHEN id = 'budgetType' THEN"
            " CASE WHEN value = 'report' THEN 'tracking' ELSE 'envelope' END ELSE value END"
        ),
    ),
)


def upgrade(conn):
    conn.executescript(
        r'''
UPDATE preferences
SET value = CASE WHEN id = 'budgetType' AND value = 'report' THEN 'tracking' ELSE 'envelope' END
WHERE id = 'budgetType';
'''
    )
