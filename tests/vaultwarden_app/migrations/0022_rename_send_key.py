"""Vaultwarden ``migrations/sqlite/2021-03-15-163412_rename_send_key/up.sql`` (Diesel), verbatim.
Its ``down.sql`` is empty upstream: no downgrade().
"""

from edi_migrations.changes import RenameColumn

# Same reason as 0012: `key` is reserved in Diesel's schema.
CHANGES = (RenameColumn("sends", "key", "akey"),)


def upgrade(conn):
    conn.executescript(
        r'''
ALTER TABLE sends RENAME COLUMN key TO akey;
'''
    )
