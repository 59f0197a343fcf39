"""Actual ``packages/loot-core/migrations/1548957970627_remove-db-version.sql``: drops
table db_version (the migrations table replaced it).
"""

from edi_migrations.changes import DropTable

# db_version is retired on purpose: the __migrations__ table records versions now.
CHANGES = (DropTable("db_version"),)


def upgrade(conn):
    conn.executescript(
        r'''
DROP TABLE db_version;
'''
    )
