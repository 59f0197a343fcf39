"""Vaultwarden ``migrations/sqlite/2023-01-11-205851_add_avatar_color/up.sql`` (Diesel), verbatim.
Its ``down.sql`` is empty upstream: no downgrade().
"""


def upgrade(conn):
    conn.executescript(
        r'''
ALTER TABLE users
ADD COLUMN avatar_color TEXT;
'''
    )
