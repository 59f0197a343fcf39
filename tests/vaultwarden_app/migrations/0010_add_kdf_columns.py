"""Vaultwarden ``migrations/sqlite/2018-09-19-144557_add_kdf_columns/up.sql`` (Diesel), verbatim.
Its ``down.sql`` is empty upstream: no downgrade().
"""


def upgrade(conn):
    conn.executescript(
        r'''
ALTER TABLE users
    ADD COLUMN
    client_kdf_type INTEGER NOT NULL DEFAULT 0; -- PBKDF2

ALTER TABLE users
    ADD COLUMN
    client_kdf_iter INTEGER NOT NULL DEFAULT 100000;
'''
    )
