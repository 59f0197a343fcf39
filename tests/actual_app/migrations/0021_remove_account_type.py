"""Actual ``packages/loot-core/migrations/1686139660866_remove_account_type.sql``: drops
column accounts.type.
"""

from edi_migrations.changes import DropColumn

# The account type is dropped on purpose (the next-but-one migration adds an empty one).
CHANGES = (DropColumn("accounts", "type"),)


def upgrade(conn):
    conn.executescript(
        r'''
ALTER TABLE accounts DROP COLUMN type;
'''
    )
