"""Vaultwarden ``migrations/sqlite/2023-09-10-133000_add_sso/up.sql`` and ``down.sql`` (Diesel), verbatim.
"""


def upgrade(conn):
    conn.executescript(
        r'''
CREATE TABLE sso_nonce (
  nonce               CHAR(36) NOT NULL PRIMARY KEY,
  created_at          DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);
'''
    )


def downgrade(conn):
    conn.executescript(
        r'''
DROP TABLE sso_nonce;
'''
    )
