"""Joplin ``packages/lib/JoplinDatabase.ts``, ``upgradeDatabase``'s ``targetVersion === 3``,
ported: its queries in order, each as upstream wrote it.
"""

from _joplin import alter_column_queries, run_queries

from edi_migrations.changes import DropColumn

CHANGES = (
    # alterColumnQueries keeps `key` and `value` only: the setting types are dropped
    DropColumn("settings", "type"),
)


def upgrade(conn):
    run_queries(
        conn, alter_column_queries("settings", {"key": "TEXT PRIMARY KEY", "value": "TEXT"})
    )
