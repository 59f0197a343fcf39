"""Vaultwarden ``migrations/sqlite/2026-04-25-120000_sso_auth_binding/up.sql`` and ``down.sql`` (Diesel), verbatim.
"""


def upgrade(conn):
    conn.executescript(
        r'''
ALTER TABLE sso_auth ADD COLUMN binding_hash TEXT;
'''
    )


def downgrade(conn):
    conn.executescript(
        r'''
ALTER TABLE sso_auth DROP COLUMN binding_hash;
'''
    )
