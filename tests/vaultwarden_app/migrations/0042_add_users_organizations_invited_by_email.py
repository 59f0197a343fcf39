"""Vaultwarden ``migrations/sqlite/2023-09-14-133000_add_users_organizations_invited_by_email/up.sql`` and ``down.sql`` (Diesel), verbatim.
"""


def upgrade(conn):
    conn.executescript(
        r'''
ALTER TABLE users_organizations ADD COLUMN invited_by_email TEXT DEFAULT NULL;
'''
    )


def downgrade(conn):
    conn.executescript(
        r'''
ALTER TABLE users_organizations DROP COLUMN invited_by_email;
'''
    )
