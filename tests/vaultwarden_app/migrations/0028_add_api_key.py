"""Vaultwarden ``migrations/sqlite/2022-01-17-234911_add_api_key/up.sql`` (Diesel), verbatim.
Its ``down.sql`` is empty upstream: no downgrade().
"""


def upgrade(conn):
    conn.executescript(
        r'''
ALTER TABLE users
ADD COLUMN api_key TEXT;
'''
    )
