"""Actual ``packages/loot-core/migrations/1730744182000_fix_dashboard_table.sql``:
tombstones the dashboard widgets without a type.
"""

from edi_migrations.changes import Recompute

# Widgets without a type are tombstoned (deleted, for the sync) on purpose.
CHANGES = (
    Recompute("dashboard", "tombstone", expression="CASE WHEN type IS NULL THEN 1 ELSE tombstone END"),
)


def upgrade(conn):
    conn.executescript(
        r'''
UPDATE dashboard
SET tombstone = 1
WHERE type is NULL;
'''
    )
