"""Authelia ``internal/storage/migrations/sqlite/V0023.DeviceCodeNullConstraints.up.sql`` and ``V0023.DeviceCodeNullConstraints.down.sql``:
empty for SQLite (the NULL constraints changed were MySQL's and PostgreSQL's).
"""


def upgrade(conn):
    pass  # the SQLite file is empty


def downgrade(conn):
    pass  # the SQLite file is empty
