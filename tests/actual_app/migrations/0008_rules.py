"""Actual ``packages/loot-core/migrations/1597756566448_rules.sql``: creates table rules.
"""


def upgrade(conn):
    conn.executescript(
        r'''
CREATE TABLE rules
  (id TEXT PRIMARY KEY,
   stage TEXT,
   conditions TEXT,
   actions TEXT,
   tombstone INTEGER DEFAULT 0);
'''
    )
