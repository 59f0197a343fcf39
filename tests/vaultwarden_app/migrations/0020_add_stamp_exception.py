"""Vaultwarden ``migrations/sqlite/2020-12-09-173101_add_stamp_exception/up.sql`` (Diesel), verbatim.
Its ``down.sql`` is empty upstream: no downgrade().
"""


def upgrade(conn):
    conn.executescript(
        r'''
ALTER TABLE users ADD COLUMN stamp_exception TEXT DEFAULT NULL;
'''
    )
