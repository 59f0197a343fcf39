"""Vaultwarden ``migrations/sqlite/2021-10-24-164321_add_2fa_incomplete/up.sql`` and ``down.sql`` (Diesel), verbatim.
"""


def upgrade(conn):
    conn.executescript(
        r'''
CREATE TABLE twofactor_incomplete (
  user_uuid   TEXT     NOT NULL REFERENCES users(uuid),
  device_uuid TEXT     NOT NULL,
  device_name TEXT     NOT NULL,
  login_time  DATETIME NOT NULL,
  ip_address  TEXT     NOT NULL,

  PRIMARY KEY (user_uuid, device_uuid)
);
'''
    )


def downgrade(conn):
    conn.executescript(
        r'''
DROP TABLE twofactor_incomplete;
'''
    )
