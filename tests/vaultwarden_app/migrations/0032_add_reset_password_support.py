"""Vaultwarden ``migrations/sqlite/2023-01-06-151600_add_reset_password_support/up.sql`` (Diesel), verbatim.
Its ``down.sql`` is empty upstream: no downgrade().
"""


def upgrade(conn):
    conn.executescript(
        r'''
ALTER TABLE users_organizations
ADD COLUMN reset_password_key TEXT;
'''
    )
