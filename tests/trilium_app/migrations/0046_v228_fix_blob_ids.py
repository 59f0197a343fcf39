"""Trilium ``db/migrations/0228__fix_blobIds.sql``, ported: the script verbatim, run as one
(``sql.executeScript``).
"""

from edi_migrations.changes import Recompute

CHANGES = (
    # upstream: '+' and '/' taken out of blob ids (A and B), wherever they are named
    Recompute("blobs", "blobId", expression="REPLACE(REPLACE(blobId, '+', 'A'), '/', 'B')"),
    Recompute("notes", "blobId", expression="REPLACE(REPLACE(blobId, '+', 'A'), '/', 'B')"),
    Recompute("attachments", "blobId", expression="REPLACE(REPLACE(blobId, '+', 'A'), '/', 'B')"),
    Recompute("revisions", "blobId", expression="REPLACE(REPLACE(blobId, '+', 'A'), '/', 'B')"),
    Recompute(
        "entity_changes",
        "entityId",
        expression="CASE WHEN entityName = 'blobs' THEN REPLACE(REPLACE(entityId, '+', 'A'), '/', 'B') ELSE entityId END",
    ),
)


def upgrade(conn):
    conn.executescript(
        r"""-- + is normally replaced by X and / by Y, but this can temporarily cause UNIQUE key exception
-- this might create blob duplicates, but cleanup will eventually take care of it

UPDATE blobs SET blobId = REPLACE(blobId, '+', 'A');
UPDATE blobs SET blobId = REPLACE(blobId, '/', 'B');

UPDATE notes SET blobId = REPLACE(blobId, '+', 'A');
UPDATE notes SET blobId = REPLACE(blobId, '/', 'B');

UPDATE attachments SET blobId = REPLACE(blobId, '+', 'A');
UPDATE attachments SET blobId = REPLACE(blobId, '/', 'B');

UPDATE revisions SET blobId = REPLACE(blobId, '+', 'A');
UPDATE revisions SET blobId = REPLACE(blobId, '/', 'B');

UPDATE entity_changes SET entityId = REPLACE(entityId, '+', 'A') WHERE entityName = 'blobs';
UPDATE entity_changes SET entityId = REPLACE(entityId, '/', 'B') WHERE entityName = 'blobs';
"""
    )
