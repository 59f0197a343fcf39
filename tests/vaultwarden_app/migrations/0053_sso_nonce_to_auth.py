"""Vaultwarden ``migrations/sqlite/2025-08-20-120000_sso_nonce_to_auth/up.sql`` and ``down.sql`` (Diesel), verbatim.
"""

from edi_migrations.changes import DropTable

# The short-lived nonces give way to sso_auth.
CHANGES = (DropTable("sso_nonce"),)


def upgrade(conn):
    conn.executescript(
        r'''
DROP TABLE IF EXISTS sso_nonce;

CREATE TABLE sso_auth (
    state               TEXT NOT NULL PRIMARY KEY,
    client_challenge    TEXT NOT NULL,
    nonce               TEXT NOT NULL,
    redirect_uri        TEXT NOT NULL,
    code_response       TEXT,
    auth_response       TEXT,
    created_at          DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    updated_at          DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);
'''
    )


def downgrade(conn):
    conn.executescript(
        r'''
DROP TABLE IF EXISTS sso_auth;

CREATE TABLE sso_nonce (
  state               TEXT NOT NULL PRIMARY KEY,
  nonce               TEXT NOT NULL,
  verifier            TEXT,
  redirect_uri        TEXT NOT NULL,
  created_at          DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);
'''
    )
