"""Trilium ``db/migrations/0224__fix_blobIds.sql``, ported: the script verbatim, run as one
(``sql.executeScript``).
"""

from edi_migrations.changes import Recompute

CHANGES = (
    # upstream: '+' and '/' taken out of blob ids (X and Y), wherever they are named
    Recompute("blobs", "blobId", expression="REPLACE(REPLACE(blobId, '+', 'X'), '/', 'Y')"),
    Recompute("notes", "blobId", expression="REPLACE(REPLACE(blobId, '+', 'X'), '/', 'Y')"),
    Recompute("attachments", "blobId", expression="REPLACE(REPLACE(blobId, '+', 'X'), '/', 'Y')"),
    Recompute("revisions", "blobId", expression="REPLACE(REPLACE(blobId, '+', 'X'), '/', 'Y')"),
    Recompute(
        "entity_changes",
        "entityId",
        expression="CASE WHEN entityName = 'blobs' THEN REPLACE(REPLACE(entityId, '+', 'X'), '/', 'Y') ELSE entityId END",
    ),
)


def upgrade(conn):
    conn.executescript(
        r"""UPDATE blobs SET blobId = REPLACE(blobId, '+', 'X');
UPDATE blobs SET blobId = REPLACE(blobId, '/', 'Y');

UPDATE notes SET blobId = REPLACE(blobId, '+', 'X');
UPDATE notes SET blobId = REPLACE(blobId, '/', 'Y');

UPDATE attachments SET blobId = REPLACE(blobId, '+', 'X');
UPDATE attachments SET blobId = REPLACE(blobId, '/', 'Y');

UPDATE revisions SET blobId = REPLACE(blobId, '+', 'X');
UPDATE revisions SET blobId = REPLACE(blobId, '/', 'Y');

UPDATE entity_changes SET entityId = REPLACE(entityId, '+', 'X') WHERE entityName = 'blobs';
UPDATE entity_changes SET entityId = REPLACE(entityId, '/', 'Y') WHERE entityName = 'blobs';
"""
    )
