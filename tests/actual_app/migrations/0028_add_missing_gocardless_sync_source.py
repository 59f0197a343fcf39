"""Actual
``packages/loot-core/migrations/1704572023731_add_missing_goCardless_sync_source.sql``:
sets accounts.account_sync_source to 'goCardless' for linked accounts (account_id set)
that have none.
"""

from edi_migrations.changes import Backfill

# Linked accounts without a sync source are filled with the only source there was.
CHANGES = (
    Backfill(
        "accounts",
        "account_sync_source",
        expression="CASE WHEN account_id IS NOT NULL THEN 'goCardless' END",
    ),
)


def upgrade(conn):
    conn.executescript(
        r'''
UPDATE accounts
SET
  account_sync_source = 'goCardless'
WHERE account_id IS NOT NULL
  AND account_sync_source IS NULL;
'''
    )
