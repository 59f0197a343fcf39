"""Trilium ``db/migrations/0201__move_share_under_hidden.sql``, ported: the script verbatim, run as one
(``sql.executeScript``).
"""

from edi_migrations.changes import DeleteRows, Recompute

CHANGES = (
    # upstream: _share's other parents dropped, it moves under _hidden
    DeleteRows(
        "branches",
        where="noteId = '_share' AND parentNoteId != 'root' AND parentNoteId != '_hidden'",
    ),
    Recompute(
        "branches",
        "parentNoteId",
        expression="CASE WHEN noteId = '_share' THEN '_hidden' ELSE parentNoteId END",
    ),
)


def upgrade(conn):
    conn.executescript(
        r"""DELETE FROM branches WHERE noteId = '_share' AND parentNoteId != 'root' AND parentNoteId != '_hidden'; -- delete all other branches of _share if any
UPDATE branches SET parentNoteId = '_hidden' WHERE noteId = '_share';
"""
    )
