"""Vaultwarden ``migrations/sqlite/2023-02-18-125735_push_uuid_table/up.sql`` (Diesel), verbatim.
Its ``down.sql`` is empty upstream: no downgrade().
"""


def upgrade(conn):
    conn.executescript(
        r'''
ALTER TABLE devices ADD COLUMN push_uuid TEXT;
'''
    )
