"""Vaultwarden ``migrations/sqlite/2018-05-08-161616_create_collection_cipher_map/up.sql`` and ``down.sql`` (Diesel), verbatim.
"""


def upgrade(conn):
    conn.executescript(
        r'''
CREATE TABLE ciphers_collections (
  cipher_uuid       TEXT NOT NULL REFERENCES ciphers (uuid),
  collection_uuid TEXT NOT NULL REFERENCES collections (uuid),
  PRIMARY KEY (cipher_uuid, collection_uuid)
);
'''
    )


def downgrade(conn):
    conn.executescript(
        r'''
DROP TABLE ciphers_collections;
'''
    )
