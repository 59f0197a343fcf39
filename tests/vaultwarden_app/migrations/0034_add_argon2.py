"""Vaultwarden ``migrations/sqlite/2023-01-31-222222_add_argon2/up.sql`` (Diesel), verbatim.
Its ``down.sql`` is empty upstream: no downgrade().
"""


def upgrade(conn):
    conn.executescript(
        r'''
ALTER TABLE users
    ADD COLUMN
    client_kdf_memory INTEGER DEFAULT NULL;

ALTER TABLE users
    ADD COLUMN
    client_kdf_parallelism INTEGER DEFAULT NULL;
'''
    )
