"""Trilium ``db/migrations/0202__move_global_note_map_under_hidden.sql``, ported: the script verbatim, run as one
(``sql.executeScript``).
"""

from edi_migrations.changes import DeleteRows, Recompute

CHANGES = (
    # upstream: _globalNoteMap's clones dropped, it moves under _hidden
    DeleteRows(
        "branches",
        where="noteId = '_globalNoteMap' AND parentNoteId != 'singles' AND parentNoteId != '_hidden'",
    ),
    Recompute(
        "branches",
        "parentNoteId",
        expression="CASE WHEN noteId = '_globalNoteMap' THEN '_hidden' ELSE parentNoteId END",
    ),
)


def upgrade(conn):
    conn.executescript(
        r"""DELETE FROM branches WHERE noteId = '_globalNoteMap' AND parentNoteId != 'singles' AND parentNoteId != '_hidden'; -- make sure there are no clones which would fail at the next line
UPDATE branches SET parentNoteId = '_hidden' WHERE noteId = '_globalNoteMap';
"""
    )
