"""Trilium ``db/migrations/0217__drop_content_tables.sql``, ported: the script verbatim, run as one
(``sql.executeScript``).
"""

from edi_migrations.changes import DeleteRows, DropTable

CHANGES = (
    # upstream: the content tables dropped (216 moved their rows into blobs), their sync log with them
    DropTable("note_contents"),
    DropTable("note_revision_contents"),
    DeleteRows("entity_changes", where="entityName IN ('note_contents', 'note_revision_contents')"),
)


def upgrade(conn):
    conn.executescript(
        r"""DROP TABLE note_contents;
DROP TABLE note_revision_contents;

DELETE FROM entity_changes WHERE entityName IN ('note_contents', 'note_revision_contents');
"""
    )
