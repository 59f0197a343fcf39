"""Actual
``packages/loot-core/migrations/1691233396000_add_schedule_next_date_tombstone.sql``: adds
column schedules_next_date.tombstone.
"""


def upgrade(conn):
    conn.executescript(
        r'''
ALTER TABLE schedules_next_date ADD COLUMN tombstone INTEGER DEFAULT 0;
'''
    )
