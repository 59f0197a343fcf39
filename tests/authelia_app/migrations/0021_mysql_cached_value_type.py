"""Authelia ``internal/storage/migrations/sqlite/V0021.MySQLCachedValueType.up.sql`` and ``V0021.MySQLCachedValueType.down.sql``:
empty for SQLite (the column type changed was MySQL's).
"""


def upgrade(conn):
    pass  # the SQLite file is empty


def downgrade(conn):
    pass  # the SQLite file is empty
