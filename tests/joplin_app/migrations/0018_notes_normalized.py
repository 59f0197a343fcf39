"""Joplin ``packages/lib/JoplinDatabase.ts``, ``upgradeDatabase``'s ``targetVersion === 18``,
ported: its queries in order, each as upstream wrote it.
"""

from _joplin import run_queries

from edi_migrations.changes import DropTable

CHANGES = (
    # the index over notes is thrown away: the app's search engine fills notes_normalized
    # (and so the new notes_fts) itself, after the upgrade
    DropTable("notes_fts"),
)


def upgrade(conn):
    notes_normalized = """
					CREATE TABLE notes_normalized (
						id TEXT NOT NULL,
						title TEXT NOT NULL DEFAULT "",
						body TEXT NOT NULL DEFAULT ""
					);
				"""
    run_queries(
        conn,
        [
            notes_normalized,
            "CREATE INDEX notes_normalized_id ON notes_normalized (id)",
            "DROP TRIGGER IF EXISTS notes_fts_before_update",
            "DROP TRIGGER IF EXISTS notes_fts_before_delete",
            "DROP TRIGGER IF EXISTS notes_after_update",
            "DROP TRIGGER IF EXISTS notes_after_insert",
            "DROP TABLE IF EXISTS notes_fts",
            'CREATE VIRTUAL TABLE notes_fts USING fts4(content="notes_normalized", notindexed="id", id, title, body)',
            # Keep the content tables (notes) and the FTS table (notes_fts) in sync.
            # More info at https://www.sqlite.org/fts3.html#_external_content_fts4_tables_
            """
					CREATE TRIGGER notes_fts_before_update BEFORE UPDATE ON notes_normalized BEGIN
						DELETE FROM notes_fts WHERE docid=old.rowid;
					END;""",
            """
					CREATE TRIGGER notes_fts_before_delete BEFORE DELETE ON notes_normalized BEGIN
						DELETE FROM notes_fts WHERE docid=old.rowid;
					END;""",
            """
					CREATE TRIGGER notes_after_update AFTER UPDATE ON notes_normalized BEGIN
						INSERT INTO notes_fts(docid, id, title, body) SELECT rowid, id, title, body FROM notes_normalized WHERE new.rowid = notes_normalized.rowid;
					END;""",
            """
					CREATE TRIGGER notes_after_insert AFTER INSERT ON notes_normalized BEGIN
						INSERT INTO notes_fts(docid, id, title, body) SELECT rowid, id, title, body FROM notes_normalized WHERE new.rowid = notes_normalized.rowid;
					END;""",
        ],
    )
