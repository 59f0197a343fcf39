"""Joplin ``packages/lib/JoplinDatabase.ts``, ``upgradeDatabase``'s ``targetVersion === 11``,
ported: its queries in order, each as upstream wrote it. Its ``upgradeVersion10`` is v10's
(``_joplin.upgrade_version_10``).
"""

from _joplin import run_queries, upgrade_version_10

from edi_migrations.changes import DropTable, MigrationTime

CHANGES = (
    # v11 throws away what a dev build's v10 made and makes both tables again
    DropTable("item_changes"),
    DropTable("note_resources"),
    # every note logged as created at Date.now()
    MigrationTime("item_changes", "created_time"),
)


def upgrade(conn):
    queries = ["DROP TABLE item_changes", "DROP TABLE note_resources"]
    upgrade_version_10(queries)
    run_queries(conn, queries)
