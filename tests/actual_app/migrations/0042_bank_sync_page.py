"""Actual ``packages/loot-core/migrations/1739139550000_bank_sync_page.sql``: adds columns
accounts.last_sync and transactions.raw_synced_data.
"""


def upgrade(conn):
    conn.executescript(
        r'''
ALTER TABLE accounts ADD COLUMN last_sync text;

ALTER TABLE transactions ADD COLUMN raw_synced_data text;
'''
    )
