"""Joplin ``packages/lib/JoplinDatabase.ts``, ``upgradeDatabase``'s ``targetVersion === 20``,
ported: its queries in order, each as upstream wrote it.
"""

from _joplin import add_migration_file, run_queries

from edi_migrations.changes import MigrationTime

CHANGES = (
    # addMigrationFile stamps its row with Date.now()
    MigrationTime("migrations", "created_time"),
    MigrationTime("migrations", "updated_time"),
)


def upgrade(conn):
    new_table_sql = """
					CREATE TABLE migrations (
						id INTEGER PRIMARY KEY,
						number INTEGER NOT NULL,
						updated_time INT NOT NULL,
						created_time INT NOT NULL
					);
				"""
    run_queries(
        conn,
        [
            new_table_sql,
            "ALTER TABLE resources ADD COLUMN `size` INT NOT NULL DEFAULT -1",
            add_migration_file(20),
        ],
    )
