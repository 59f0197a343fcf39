"""Actual ``packages/loot-core/migrations/1616167010796_accounts_order.sql``: adds column
accounts.sort_order.
"""


def upgrade(conn):
    conn.executescript(
        r'''
ALTER TABLE accounts ADD COLUMN sort_order REAL;
'''
    )
