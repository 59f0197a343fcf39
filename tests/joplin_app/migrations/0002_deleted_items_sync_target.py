"""Joplin ``packages/lib/JoplinDatabase.ts``, ``upgradeDatabase``'s ``targetVersion === 2``,
ported: its queries in order, each as upstream wrote it.
"""

from _joplin import run_queries

from edi_migrations.changes import DropTable

CHANGES = (
    # upstream drops the deleted-items log and makes it anew, one per sync target
    DropTable("deleted_items"),
)


def upgrade(conn):
    new_table_sql = """
					CREATE TABLE deleted_items (
						id INTEGER PRIMARY KEY,
						item_type INT NOT NULL,
						item_id TEXT NOT NULL,
						deleted_time INT NOT NULL,
						sync_target INT NOT NULL
					);
				"""
    run_queries(
        conn,
        [
            "DROP TABLE deleted_items",
            new_table_sql,
            "CREATE INDEX deleted_items_sync_target ON deleted_items (sync_target)",
        ],
    )
