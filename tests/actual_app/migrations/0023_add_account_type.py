"""Actual ``packages/loot-core/migrations/1688841238000_add_account_type.sql``: adds
column accounts.type again (empty).
"""


def upgrade(conn):
    conn.executescript(
        r'''
ALTER TABLE accounts ADD COLUMN type TEXT;
'''
    )
