"""Vaultwarden ``migrations/sqlite/2024-02-14-140000_change_time_stamp_data_type/up.sql`` (Diesel), verbatim.
Its ``down.sql`` is empty upstream: no downgrade().
Its ``up.sql`` is a comment only (SQLite needs no change): the step does nothing.
"""


def upgrade(conn):
    conn.executescript(
        r'''
-- Integer size in SQLite is already i64, so we don't need to do anything
'''
    )
