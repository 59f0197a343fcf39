"""Vaultwarden ``migrations/sqlite/2018-08-27-172114_update_ciphers/up.sql`` (Diesel), verbatim.
Its ``down.sql`` is empty upstream: no downgrade().
"""


def upgrade(conn):
    conn.executescript(
        r'''
ALTER TABLE ciphers
    ADD COLUMN
    password_history TEXT;
'''
    )
