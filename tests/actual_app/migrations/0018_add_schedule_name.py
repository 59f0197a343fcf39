"""Actual ``packages/loot-core/migrations/1681115033845_add_schedule_name.sql``: adds
column schedules.name.
"""


def upgrade(conn):
    conn.executescript(
        r'''
ALTER TABLE schedules ADD COLUMN name TEXT DEFAULT NULL;
'''
    )
