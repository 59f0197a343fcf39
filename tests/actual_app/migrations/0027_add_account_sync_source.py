"""Actual ``packages/loot-core/migrations/1704572023730_add_account_sync_source.sql``:
adds column accounts.account_sync_source.
"""


def upgrade(conn):
    conn.executescript(
        r'''
ALTER TABLE accounts ADD COLUMN account_sync_source TEXT;
'''
    )
