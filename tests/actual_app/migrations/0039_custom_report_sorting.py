"""Actual ``packages/loot-core/migrations/1736640000000_custom_report_sorting.sql``: adds
column custom_reports.sort_by ('Descending'; 'Budget' for table graphs).
"""

from edi_migrations.changes import Backfill

# The new column is 'Descending' but 'Budget' for table graphs, on purpose.
CHANGES = (
    Backfill(
        "custom_reports",
        "sort_by",
        expression="CASE WHEN graph_type = 'TableGraph' THEN 'Budget' ELSE 'Descending' END",
    ),
)


def upgrade(conn):
    conn.executescript(
        r'''
ALTER TABLE custom_reports ADD COLUMN sort_by TEXT DEFAULT 'Descending';
UPDATE custom_reports SET sort_by = 'Descending';
UPDATE custom_reports SET sort_by = 'Budget' where graph_type = 'TableGraph';
'''
    )
