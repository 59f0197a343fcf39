"""Actual ``packages/loot-core/migrations/1759842823172_add_isGlobal_to_preferences.sql``:
adds column preferences.isGlobal.
"""


def upgrade(conn):
    conn.executescript(
        r'''
-- Migration: Add isGlobal column to preferences table

ALTER TABLE preferences ADD COLUMN isGlobal INTEGER DEFAULT 0;
'''
    )
