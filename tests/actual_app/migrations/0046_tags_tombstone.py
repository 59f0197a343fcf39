"""Actual ``packages/loot-core/migrations/1749799110001_tags_tombstone.sql``: adds column
tags.tombstone.
"""


def upgrade(conn):
    conn.executescript(
        r'''
ALTER TABLE tags ADD COLUMN tombstone integer DEFAULT 0;
'''
    )
