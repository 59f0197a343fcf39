"""Joplin ``packages/lib/JoplinDatabase.ts``, ``upgradeDatabase``'s ``targetVersion === 10``,
ported: its queries in order, each as upstream wrote it.
"""

from _joplin import run_queries, upgrade_version_10

from edi_migrations.changes import MigrationTime

CHANGES = (
    # every note logged as created at Date.now()
    MigrationTime("item_changes", "created_time"),
)


def upgrade(conn):
    queries = []
    upgrade_version_10(queries)
    run_queries(conn, queries)
