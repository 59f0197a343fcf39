"""Trilium ``db/migrations/0198__rename_branchIds.sql``, ported: the script verbatim, run as one
(``sql.executeScript``).
"""

from edi_migrations.changes import Recompute

CHANGES = (
    # upstream: the special notes' live branches get fixed ids
    Recompute(
        "branches",
        "branchId",
        expression="CASE WHEN isDeleted = 0 AND parentNoteId = 'hidden' AND noteId = 'search' THEN '_hidden__search' WHEN isDeleted = 0 AND parentNoteId = 'singles' AND noteId = 'globalnotemap' THEN 'root__globalNoteMap' WHEN isDeleted = 0 AND parentNoteId = 'hidden' AND noteId = 'sqlconsole' THEN '_hidden__sqlConsole' WHEN isDeleted = 0 AND parentNoteId = 'root' AND noteId = 'hidden' THEN 'root__hidden' WHEN isDeleted = 0 AND parentNoteId = 'hidden' AND noteId = 'bulkaction' THEN '_hidden__bulkAction' WHEN isDeleted = 0 AND parentNoteId = 'root' AND noteId = 'share' THEN '_hidden__share' ELSE branchId END",
    ),
)


def upgrade(conn):
    conn.executescript(
        r"""UPDATE branches SET branchId = '_hidden__search' WHERE parentNoteId = 'hidden' AND noteId = 'search' AND isDeleted = 0;
UPDATE branches SET branchId = 'root__globalNoteMap' WHERE parentNoteId = 'singles' AND noteId = 'globalnotemap' AND isDeleted = 0;
UPDATE branches SET branchId = '_hidden__sqlConsole' WHERE parentNoteId = 'hidden' AND noteId = 'sqlconsole' AND isDeleted = 0;
UPDATE branches SET branchId = 'root__hidden' WHERE parentNoteId = 'root' AND noteId = 'hidden' AND isDeleted = 0;
UPDATE branches SET branchId = '_hidden__bulkAction' WHERE parentNoteId = 'hidden' AND noteId = 'bulkaction' AND isDeleted = 0;
UPDATE branches SET branchId = '_hidden__share' WHERE parentNoteId = 'root' AND noteId = 'share' AND isDeleted = 0;
"""
    )
