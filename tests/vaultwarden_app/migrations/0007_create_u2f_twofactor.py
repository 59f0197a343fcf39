"""Vaultwarden ``migrations/sqlite/2018-07-11-181453_create_u2f_twofactor/up.sql`` and ``down.sql`` (Diesel), verbatim.
"""

from edi_migrations.changes import RandomValue, Recompute

# The TOTP secret moves into the new twofactor table (one row per user that had one,
# its uuid drawn with randomblob) and is cleared in users ("just leave the columns empty").
CHANGES = (
    Recompute("users", "totp_secret", expression="NULL"),
    RandomValue("twofactor", "uuid"),
)
# The down puts each user's TOTP secret (twofactor type 0) back into users.
DOWNGRADE_CHANGES = (
    Recompute(
        "users",
        "totp_secret",
        expression="(SELECT data FROM twofactor WHERE type = 0 AND user_uuid = users.uuid)",
    ),
)


def upgrade(conn):
    conn.executescript(
        r'''
CREATE TABLE twofactor (
  uuid      TEXT     NOT NULL PRIMARY KEY,
  user_uuid TEXT     NOT NULL REFERENCES users (uuid),
  type      INTEGER  NOT NULL,
  enabled   BOOLEAN  NOT NULL,
  data      TEXT     NOT NULL,

  UNIQUE (user_uuid, type)
);


INSERT INTO twofactor (uuid, user_uuid, type, enabled, data)
SELECT lower(hex(randomblob(16))) , uuid, 0, 1, u.totp_secret FROM users u where u.totp_secret IS NOT NULL;

UPDATE users SET totp_secret = NULL; -- Instead of recreating the table, just leave the columns empty
'''
    )


def downgrade(conn):
    conn.executescript(
        r'''
UPDATE users
SET totp_secret = (
    SELECT twofactor.data FROM twofactor
    WHERE twofactor.type = 0
    AND twofactor.user_uuid = users.uuid
);

DROP TABLE twofactor;
'''
    )
