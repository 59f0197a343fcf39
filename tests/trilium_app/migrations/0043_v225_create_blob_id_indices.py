"""Trilium ``db/migrations/0225__create_blobId_indices.sql``, ported: the script verbatim, run as one
(``sql.executeScript``).
"""


def upgrade(conn):
    conn.executescript(
        r"""CREATE INDEX IF NOT EXISTS IDX_notes_blobId on notes (blobId);
CREATE INDEX IF NOT EXISTS IDX_revisions_blobId on revisions (blobId);
CREATE INDEX IF NOT EXISTS IDX_attachments_blobId on attachments (blobId);
"""
    )
