"""Actual ``packages/loot-core/migrations/1615745967948_meta.sql``: creates table __meta__
and drops the four views again (the app's queries took their place).
"""

from edi_migrations.changes import DropObject

# The four views are retired on purpose.
CHANGES = (
    DropObject("view", "v_transactions_layer2"),
    DropObject("view", "v_transactions_layer1"),
    DropObject("view", "v_transactions"),
    DropObject("view", "v_categories"),
)


def upgrade(conn):
    conn.executescript(
        r'''
CREATE TABLE __meta__ (key TEXT PRIMARY KEY, value TEXT);

DROP VIEW IF EXISTS v_transactions_layer2;
DROP VIEW IF EXISTS v_transactions_layer1;
DROP VIEW IF EXISTS v_transactions;
DROP VIEW IF EXISTS v_categories;
'''
    )
