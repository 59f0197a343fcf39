"""Actual ``packages/loot-core/migrations/1720310586000_link_transfer_schedules.sql``:
gives a transfer without a schedule the schedule of its other half.
"""

from edi_migrations.changes import Backfill

# A transfer's half without a schedule takes the schedule of its other half.
CHANGES = (
    Backfill(
        "transactions",
        "schedule",
        expression=(
            "(SELECT t2.schedule FROM transactions AS t2 WHERE t2.id = transactions.transferred_id"
            " AND t2.schedule IS NOT NULL LIMIT 1)"
        ),
    ),
)


def upgrade(conn):
    conn.executescript(
        r'''
UPDATE transactions AS t1
SET schedule = (
    SELECT t2.schedule FROM transactions AS t2
    WHERE t2.id = t1.transferred_id
      AND t2.schedule IS NOT NULL
    LIMIT 1
)
WHERE t1.schedule IS NULL
AND t1.transferred_id IS NOT NULL
AND EXISTS (
  SELECT 1 FROM transactions AS t2
  WHERE t2.id = t1.transferred_id
    AND t2.schedule IS NOT NULL
  LIMIT 1
);
'''
    )
