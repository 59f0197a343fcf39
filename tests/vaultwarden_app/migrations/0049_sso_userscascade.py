"""Vaultwarden ``migrations/sqlite/2024-03-13_170000_sso_userscascade/up.sql`` (Diesel), verbatim.
Its ``down.sql`` is empty upstream: no downgrade().
"""

from edi_migrations.changes import ChangeConstraint

# The point of the migration: sso_users follows its user on update and delete. (Its rows
# are not declared: the drop loses every SSO link, README "What the harness finds".)
CHANGES = (ChangeConstraint("sso_users", "foreign key", column="user_uuid"),)


def upgrade(conn):
    conn.executescript(
        r'''
DROP TABLE IF EXISTS sso_users;

CREATE TABLE sso_users (
  user_uuid           CHAR(36) NOT NULL PRIMARY KEY,
  identifier          TEXT NOT NULL UNIQUE,
  created_at          TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,

  FOREIGN KEY(user_uuid) REFERENCES users(uuid) ON UPDATE CASCADE ON DELETE CASCADE
);
'''
    )
