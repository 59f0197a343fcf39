"""Vaultwarden ``migrations/sqlite/2024-02-26-170000_add_pkce_to_sso_nonce/up.sql`` and ``down.sql`` (Diesel), verbatim.
"""

from edi_migrations.changes import DeleteRows

# Short-lived login state again: the table is dropped and made again with `verifier`.
CHANGES = (DeleteRows("sso_nonce", where="1"),)
# The down drops the table and makes the earlier one again, empty.
DOWNGRADE_CHANGES = (DeleteRows("sso_nonce", where="1"),)


def upgrade(conn):
    conn.executescript(
        r'''
DROP TABLE IF EXISTS sso_nonce;

CREATE TABLE sso_nonce (
  state               TEXT NOT NULL PRIMARY KEY,
  nonce               TEXT NOT NULL,
  verifier            TEXT,
  redirect_uri        TEXT NOT NULL,
  created_at          DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);
'''
    )


def downgrade(conn):
    conn.executescript(
        r'''
DROP TABLE IF EXISTS sso_nonce;

CREATE TABLE sso_nonce (
  state               TEXT NOT NULL PRIMARY KEY,
  nonce               TEXT NOT NULL,
  redirect_uri        TEXT NOT NULL,
  created_at          DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);
'''
    )
