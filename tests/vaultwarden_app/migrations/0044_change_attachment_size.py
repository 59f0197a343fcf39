"""Vaultwarden ``migrations/sqlite/2024-01-12-210182_change_attachment_size/up.sql`` (Diesel), verbatim.
Its ``down.sql`` is empty upstream: no downgrade().
Its ``up.sql`` is a comment only (SQLite needs no change): the step does nothing.
"""


def upgrade(conn):
    conn.executescript(
        r'''
-- Integer size in SQLite is already i64, so we don't need to do anything
'''
    )
