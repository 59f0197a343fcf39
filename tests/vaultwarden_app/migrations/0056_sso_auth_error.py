"""Vaultwarden ``migrations/sqlite/2026-05-05-120000_sso_auth_error/up.sql`` and ``down.sql`` (Diesel), verbatim.
"""


def upgrade(conn):
    conn.executescript(
        r'''
ALTER TABLE sso_auth ADD COLUMN code_response_error TEXT;
'''
    )


def downgrade(conn):
    conn.executescript(
        r'''
ALTER TABLE sso_auth DROP COLUMN code_response_error;
'''
    )
