"""Vaultwarden ``migrations/sqlite/2020-04-09-235005_add_cipher_delete_date/up.sql`` (Diesel), verbatim.
Its ``down.sql`` is empty upstream: no downgrade().
"""


def upgrade(conn):
    conn.executescript(
        r'''
ALTER TABLE ciphers
    ADD COLUMN
    deleted_at DATETIME;
'''
    )
