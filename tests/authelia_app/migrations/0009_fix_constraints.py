"""Authelia ``internal/storage/migrations/sqlite/V0009.FixConstraints.up.sql`` and ``V0009.FixConstraints.down.sql``:
empty for SQLite (the constraints fixed were MySQL's and PostgreSQL's).
"""


def upgrade(conn):
    pass  # the SQLite file is empty


def downgrade(conn):
    pass  # the SQLite file is empty
