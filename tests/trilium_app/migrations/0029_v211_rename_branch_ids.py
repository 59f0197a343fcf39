"""Trilium ``db/migrations/0211__rename_branchIds.sql``, ported: the script verbatim, run as one
(``sql.executeScript``).
"""

from edi_migrations.changes import Recompute

CHANGES = (
    # upstream: live branches get the id parentNoteId_noteId, in the sync log too
    Recompute(
        "entity_changes",
        "entityId",
        expression="CASE WHEN entityName = 'branches' AND isErased = 0 THEN COALESCE((SELECT CASE b.isDeleted WHEN 0 THEN b.parentNoteId || '_' || b.noteId WHEN 1 THEN b.branchId END FROM branches AS b WHERE b.branchId = entity_changes.entityId), entityId) ELSE entityId END",
    ),
    Recompute(
        "branches",
        "branchId",
        expression="CASE WHEN isDeleted = 0 THEN parentNoteId || '_' || noteId ELSE branchId END",
    ),
)


def upgrade(conn):
    conn.executescript(
        r"""-- case based on isDeleted is needed, otherwise 2 branches (1 deleted, 1 not) might get the same ID
UPDATE entity_changes SET entityId = COALESCE((
    SELECT
        CASE isDeleted
            WHEN 0 THEN parentNoteId || '_' || noteId
            WHEN 1 THEN branchId
        END
    FROM branches WHERE branchId = entityId
), entityId)
WHERE entityName = 'branches' AND isErased = 0;

UPDATE branches SET branchId = parentNoteId || '_' || noteId WHERE isDeleted = 0;
"""
    )
