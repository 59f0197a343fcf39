"""Actual ``packages/loot-core/migrations/1749799110000_add_tags.sql``: creates table
tags.
"""


def upgrade(conn):
    conn.executescript(
        r'''
CREATE TABLE tags(
  id TEXT PRIMARY KEY,
  tag TEXT UNIQUE,
  color TEXT,
  description TEXT
);
'''
    )
