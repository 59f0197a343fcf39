"""Vaultwarden ``migrations/sqlite/2021-04-30-233251_add_reprompt/up.sql`` (Diesel), verbatim.
Its ``down.sql`` is empty upstream: no downgrade().
"""


def upgrade(conn):
    conn.executescript(
        r'''
ALTER TABLE ciphers
ADD COLUMN reprompt INTEGER;
'''
    )
