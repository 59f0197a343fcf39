"""Actual ``packages/loot-core/migrations/1738491452000_sorting_rename.sql``: renames
custom_reports.sort_by's values to lower-case short names ('desc', 'asc', 'budget',
'name'), through a column renamed aside, added anew and dropped.
"""

from edi_migrations.changes import ChangeConstraint, Recompute

# sort_by's values are renamed on purpose, and its DEFAULT with them ('desc').
CHANGES = (
    Recompute(
        "custom_reports",
        "sort_by",
        expression=(
            "CASE sort_by WHEN 'Ascending' THEN 'asc' WHEN 'Budget' THEN 'budget'"
            " WHEN 'Name' THEN 'name' ELSE 'desc' END"
        ),
    ),
    ChangeConstraint("custom_reports", "default", column="sort_by"),
)


def upgrade(conn):
    conn.executescript(
        r'''
ALTER TABLE custom_reports RENAME COLUMN sort_by TO sort_by_old;
ALTER TABLE custom_reports ADD COLUMN sort_by TEXT DEFAULT 'desc';

UPDATE custom_reports SET sort_by = 'desc' where sort_by_old = 'Descending';
UPDATE custom_reports SET sort_by = 'asc' where sort_by_old = 'Ascending';
UPDATE custom_reports SET sort_by = 'budget' where sort_by_old = 'Budget';
UPDATE custom_reports SET sort_by = 'name' where sort_by_old = 'Name';

ALTER TABLE custom_reports DROP COLUMN sort_by_old;
'''
    )
