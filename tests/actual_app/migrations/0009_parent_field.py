"""Actual ``packages/loot-core/migrations/1608652596043_parent_field.sql``: adds column
transactions.parent_id, fills it from a child's id (the part before '/'), and indexes it.
"""

from edi_migrations.changes import Backfill

# The new column is filled for every child transaction from its id ('<parent>/<child>').
CHANGES = (
    Backfill(
        "transactions",
        "parent_id",
        expression="CASE WHEN isChild THEN SUBSTR(id, 1, INSTR(id, '/') - 1) ELSE NULL END",
    ),
)


def upgrade(conn):
    conn.executescript(
        r'''
ALTER TABLE transactions ADD COLUMN parent_id TEXT;

UPDATE transactions SET
  parent_id = CASE
    WHEN isChild THEN SUBSTR(id, 1, INSTR(id, '/') - 1)
    ELSE NULL
  END;

CREATE INDEX trans_parent_id ON transactions(parent_id);
'''
    )
