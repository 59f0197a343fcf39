"""Vaultwarden ``migrations/sqlite/2020-11-30-224000_add_user_enabled/up.sql`` (Diesel), verbatim.
Its ``down.sql`` is empty upstream: no downgrade().
"""


def upgrade(conn):
    conn.executescript(
        r'''
ALTER TABLE users ADD COLUMN enabled BOOLEAN NOT NULL DEFAULT 1;
'''
    )
