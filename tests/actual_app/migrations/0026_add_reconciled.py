"""Actual ``packages/loot-core/migrations/1697046240000_add_reconciled.sql``: adds column
transactions.reconciled.
"""


def upgrade(conn):
    conn.executescript(
        r'''
ALTER TABLE transactions ADD COLUMN reconciled INTEGER DEFAULT 0;
'''
    )
