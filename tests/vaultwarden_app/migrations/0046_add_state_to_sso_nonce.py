"""Vaultwarden ``migrations/sqlite/2024-02-14-170000_add_state_to_sso_nonce/up.sql`` and ``down.sql`` (Diesel), verbatim.
"""

from edi_migrations.changes import DeleteRows, DropConstraint

# SSO nonces are short-lived login state: upstream drops the table and makes it again
# keyed by state.
CHANGES = (
    DeleteRows("sso_nonce", where="1"),
    DropConstraint("sso_nonce", "primary key", column="nonce"),
)
# The down drops the table and makes the earlier one again, empty.
DOWNGRADE_CHANGES = (DeleteRows("sso_nonce", where="1"),)


def upgrade(conn):
    conn.executescript(
        r'''
DROP TABLE sso_nonce;

CREATE TABLE sso_nonce (
  state               TEXT NOT NULL PRIMARY KEY,
  nonce               TEXT NOT NULL,
  redirect_uri        TEXT NOT NULL,
  created_at          DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);
'''
    )


def downgrade(conn):
    conn.executescript(
        r'''
DROP TABLE sso_nonce;

CREATE TABLE sso_nonce (
  nonce               CHAR(36) NOT NULL PRIMARY KEY,
  created_at          DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);
'''
    )
