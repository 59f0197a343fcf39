"""Actual ``packages/loot-core/migrations/1685007876842_add_category_hidden.sql``: adds
columns categories.hidden and category_groups.hidden (NOT NULL DEFAULT 0).
"""


def upgrade(conn):
    conn.executescript(
        r'''
ALTER TABLE categories ADD COLUMN hidden BOOLEAN NOT NULL DEFAULT 0;
ALTER TABLE category_groups ADD COLUMN hidden BOOLEAN NOT NULL DEFAULT 0;
'''
    )
