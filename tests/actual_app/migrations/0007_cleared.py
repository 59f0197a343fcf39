"""Actual ``packages/loot-core/migrations/1582384163573_cleared.sql``: adds columns
transactions.cleared (DEFAULT 1) and transactions.pending.
"""


def upgrade(conn):
    conn.executescript(
        r'''
ALTER TABLE transactions ADD COLUMN cleared INTEGER DEFAULT 1;
ALTER TABLE transactions ADD COLUMN pending INTEGER DEFAULT 0;
'''
    )
