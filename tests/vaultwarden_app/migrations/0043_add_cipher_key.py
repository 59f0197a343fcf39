"""Vaultwarden ``migrations/sqlite/2023-10-21-221242_add_cipher_key/up.sql`` (Diesel), verbatim.
Its ``down.sql`` is empty upstream: no downgrade().
"""


def upgrade(conn):
    conn.executescript(
        r'''
ALTER TABLE ciphers
ADD COLUMN "key" TEXT;
'''
    )
