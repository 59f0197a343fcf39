"""Actual ``packages/loot-core/migrations/1720664867241_add_payee_favorite.sql``: adds
column payees.favorite.
"""


def upgrade(conn):
    conn.executescript(
        r'''
ALTER TABLE payees ADD COLUMN favorite INTEGER DEFAULT 0 DEFAULT FALSE;
'''
    )
