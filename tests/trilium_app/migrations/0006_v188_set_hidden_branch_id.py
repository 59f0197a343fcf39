"""Trilium ``db/migrations/0188__set_hidden_branchId.sql``, ported: the script verbatim, run as one
(``sql.executeScript``).
"""

from edi_migrations.changes import Recompute

CHANGES = (
    # upstream: the hidden note's first live branch under root gets the fixed id 'hidden'
    Recompute(
        "branches",
        "branchId",
        expression="CASE WHEN branchId = (SELECT b.branchId FROM branches AS b WHERE b.parentNoteId = 'root' AND b.noteId = 'hidden' AND b.isDeleted = 0 ORDER BY b.utcDateModified LIMIT 1) THEN 'hidden' ELSE branchId END",
    ),
)


def upgrade(conn):
    conn.executescript(
        r"""UPDATE branches SET branchId = 'hidden' where branchId = (
    SELECT branchId FROM branches
    WHERE parentNoteId = 'root'
      AND noteId = 'hidden'
      AND isDeleted = 0
    ORDER BY utcDateModified
    LIMIT 1
);
"""
    )
