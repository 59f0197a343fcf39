"""Vaultwarden ``migrations/sqlite/2019-05-26-216651_rename_key_and_type_columns/up.sql`` and ``down.sql`` (Diesel), verbatim.
"""

from edi_migrations.changes import RenameColumn

# Renamed because `key` and `type` are reserved words in Rust/Diesel's schema macro.
CHANGES = (
    RenameColumn("attachments", "key", "akey"),
    RenameColumn("ciphers", "type", "atype"),
    RenameColumn("devices", "type", "atype"),
    RenameColumn("twofactor", "type", "atype"),
    RenameColumn("users", "key", "akey"),
    RenameColumn("users_organizations", "key", "akey"),
    RenameColumn("users_organizations", "type", "atype"),
)


def upgrade(conn):
    conn.executescript(
        r'''
ALTER TABLE attachments RENAME COLUMN key TO akey;
ALTER TABLE ciphers RENAME COLUMN type TO atype;
ALTER TABLE devices RENAME COLUMN type TO atype;
ALTER TABLE twofactor RENAME COLUMN type TO atype;
ALTER TABLE users RENAME COLUMN key TO akey;
ALTER TABLE users_organizations RENAME COLUMN key TO akey;
ALTER TABLE users_organizations RENAME COLUMN type TO atype;
'''
    )


def downgrade(conn):
    conn.executescript(
        r'''
ALTER TABLE attachments RENAME COLUMN akey TO key;
ALTER TABLE ciphers RENAME COLUMN atype TO type;
ALTER TABLE devices RENAME COLUMN atype TO type;
ALTER TABLE twofactor RENAME COLUMN atype TO type;
ALTER TABLE users RENAME COLUMN akey TO key;
ALTER TABLE users_organizations RENAME COLUMN akey TO key;
ALTER TABLE users_organizations RENAME COLUMN atype TO type;
'''
    )
