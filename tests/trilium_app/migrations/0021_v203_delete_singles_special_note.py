"""Trilium ``db/migrations/0203__delete_singles_special_note.sql``, ported: the script verbatim, run as one
(``sql.executeScript``).
"""

from edi_migrations.changes import DeleteRows

CHANGES = (
    # upstream: the 'singles' note deleted with everything naming it
    DeleteRows("branches", where="noteId = 'singles'"),
    DeleteRows("notes", where="noteId = 'singles'"),
    DeleteRows("note_contents", where="noteId = 'singles'"),
    DeleteRows("note_revisions", where="noteId = 'singles'"),
    DeleteRows("attributes", where="noteId = 'singles'"),
    DeleteRows("entity_changes", where="entityId = 'singles'"),
)


def upgrade(conn):
    conn.executescript(
        r"""DELETE FROM branches WHERE noteId = 'singles';
DELETE FROM notes WHERE noteId = 'singles';
DELETE FROM note_contents WHERE noteId = 'singles';
DELETE FROM note_revisions WHERE noteId = 'singles';
DELETE FROM attributes WHERE noteId = 'singles';
DELETE FROM entity_changes WHERE entityId = 'singles';
"""
    )
