"""Joplin ``packages/lib/JoplinDatabase.ts``, ``upgradeDatabase``'s ``targetVersion === 33``,
ported: its queries in order, each as upstream wrote it.
"""

from _joplin import add_migration_file, run_queries

from edi_migrations.changes import AddRows, DropTable, MigrationTime

CHANGES = (
    # the search index is thrown away and made with more fields: the app's search engine
    # fills it again (migration 33 of packages/lib/migrations asks it to)
    DropTable("notes_normalized"),
    DropTable("notes_fts"),
    # a row for the app's MigrationService (packages/lib/migrations/NN.js, run by the
    # app after the upgrade, not ported), stamped with the time
    AddRows("migrations"),
    # addMigrationFile stamps its row with Date.now()
    MigrationTime("migrations", "created_time"),
    MigrationTime("migrations", "updated_time"),
)


def upgrade(conn):
    queries = [
        "DROP TRIGGER notes_fts_before_update",
        "DROP TRIGGER notes_fts_before_delete",
        "DROP TRIGGER notes_after_update",
        "DROP TRIGGER notes_after_insert",
        "DROP INDEX notes_normalized_id",
        "DROP TABLE notes_normalized",
        "DROP TABLE notes_fts",
    ]
    notes_normalized = """
					CREATE TABLE notes_normalized (
						id TEXT NOT NULL,
						title TEXT NOT NULL DEFAULT "",
						body TEXT NOT NULL DEFAULT "",
						user_created_time INT NOT NULL DEFAULT 0,
						user_updated_time INT NOT NULL DEFAULT 0,
						is_todo INT NOT NULL DEFAULT 0,
						todo_completed INT NOT NULL DEFAULT 0,
						parent_id TEXT NOT NULL DEFAULT "",
						latitude NUMERIC NOT NULL DEFAULT 0,
						longitude NUMERIC NOT NULL DEFAULT 0,
						altitude NUMERIC NOT NULL DEFAULT 0,
						source_url TEXT NOT NULL DEFAULT ""
					);
				"""
    queries.append(notes_normalized)
    queries.append("CREATE INDEX notes_normalized_id ON notes_normalized (id)")
    queries.append(
        "CREATE INDEX notes_normalized_user_created_time ON notes_normalized (user_created_time)"
    )
    queries.append(
        "CREATE INDEX notes_normalized_user_updated_time ON notes_normalized (user_updated_time)"
    )
    queries.append("CREATE INDEX notes_normalized_is_todo ON notes_normalized (is_todo)")
    queries.append(
        "CREATE INDEX notes_normalized_todo_completed ON notes_normalized (todo_completed)"
    )
    queries.append("CREATE INDEX notes_normalized_parent_id ON notes_normalized (parent_id)")
    queries.append("CREATE INDEX notes_normalized_latitude ON notes_normalized (latitude)")
    queries.append("CREATE INDEX notes_normalized_longitude ON notes_normalized (longitude)")
    queries.append("CREATE INDEX notes_normalized_altitude ON notes_normalized (altitude)")
    queries.append("CREATE INDEX notes_normalized_source_url ON notes_normalized (source_url)")
    table_fields = "id, title, body, user_created_time, user_updated_time, is_todo, todo_completed, parent_id, latitude, longitude, altitude, source_url"
    queries.append(f"""
					CREATE VIRTUAL TABLE notes_fts USING fts4(
						content="notes_normalized",
						notindexed="id",
						notindexed="user_created_time",
						notindexed="user_updated_time",
						notindexed="is_todo",
						notindexed="todo_completed",
						notindexed="parent_id",
						notindexed="latitude",
						notindexed="longitude",
						notindexed="altitude",
						notindexed="source_url",
						{table_fields}
					);""")
    queries.append("""
					CREATE TRIGGER notes_fts_before_update BEFORE UPDATE ON notes_normalized BEGIN
						DELETE FROM notes_fts WHERE docid=old.rowid;
					END;""")
    queries.append("""
					CREATE TRIGGER notes_fts_before_delete BEFORE DELETE ON notes_normalized BEGIN
						DELETE FROM notes_fts WHERE docid=old.rowid;
					END;""")
    queries.append(f"""
					CREATE TRIGGER notes_after_update AFTER UPDATE ON notes_normalized BEGIN
						INSERT INTO notes_fts(docid, {table_fields}) SELECT rowid, {table_fields} FROM notes_normalized WHERE new.rowid = notes_normalized.rowid;
					END;""")
    queries.append(f"""
					CREATE TRIGGER notes_after_insert AFTER INSERT ON notes_normalized BEGIN
						INSERT INTO notes_fts(docid, {table_fields}) SELECT rowid, {table_fields} FROM notes_normalized WHERE new.rowid = notes_normalized.rowid;
					END;""")
    queries.append(add_migration_file(33))
    run_queries(conn, queries)
