"""Vaultwarden ``migrations/sqlite/2023-06-28-133700_add_collection_external_id/up.sql`` (Diesel), verbatim.
Its ``down.sql`` is empty upstream: no downgrade().
"""


def upgrade(conn):
    conn.executescript(
        r'''
ALTER TABLE collections ADD COLUMN external_id TEXT;
'''
    )
