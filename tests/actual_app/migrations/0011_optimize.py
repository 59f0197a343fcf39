"""Actual ``packages/loot-core/migrations/1612625548236_optimize.sql``: indexes
messages_crdt for the sync's search, and runs ANALYZE.
"""


def upgrade(conn):
    conn.executescript(
        r'''
CREATE INDEX messages_crdt_search ON messages_crdt(dataset, row, column, timestamp);

ANALYZE;
'''
    )
