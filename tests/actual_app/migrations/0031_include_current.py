"""Actual ``packages/loot-core/migrations/1716359441000_include_current.sql``: adds column
custom_reports.include_current.
"""


def upgrade(conn):
    conn.executescript(
        r'''
ALTER TABLE custom_reports ADD COLUMN include_current INTEGER DEFAULT 0;
'''
    )
