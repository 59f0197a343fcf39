"""Actual ``packages/loot-core/migrations/1688749527273_transaction_filters.sql``: creates
table transaction_filters.
"""


def upgrade(conn):
    conn.executescript(
        r'''
CREATE TABLE transaction_filters
  (id TEXT PRIMARY KEY,
   name TEXT,
   conditions TEXT,
   conditions_op TEXT DEFAULT 'and',
   tombstone INTEGER DEFAULT 0);
'''
    )
