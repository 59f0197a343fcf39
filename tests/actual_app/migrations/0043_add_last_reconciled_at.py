"""Actual ``packages/loot-core/migrations/1740506588539_add_last_reconciled_at.sql``: adds
column accounts.last_reconciled.
"""


def upgrade(conn):
    conn.executescript(
        r'''
ALTER TABLE accounts ADD COLUMN last_reconciled text;
'''
    )
