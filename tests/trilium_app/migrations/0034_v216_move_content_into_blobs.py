"""Trilium ``db/migrations/0216__move_content_into_blobs.js``, ported: each note's and note
revision's content moved into ``blobs`` under its hashed id (one blob per distinct content),
the entity change renamed to the blob's or, for a repeat, deleted, and the owner pointed at
it. ``utils.hashedBlobId`` of the 0.61 release, which ran this step (``_trilium``: only the
first ``+`` and ``/`` replaced; 224 and 228 take out the rest); a NULL content hashed as the
empty string.
"""

from _trilium import hashed_blob_id

from edi_migrations.changes import AddRows, DeleteRows, MigrationTime, Recompute

REWRITTEN = "blobId IN (SELECT blobId FROM notes WHERE isProtected = 0 AND type IN ('code', 'file', 'launcher') AND (mime LIKE 'application/javascript%' OR mime IN ('application/x-javascript', 'text/javascript')) AND (mime LIKE '%env=frontend' OR mime LIKE '%env=backend'))"

CHANGES = (
    # upstream: content moved into blobs, each owner pointing at its blob, the sync log renamed to it
    Recompute(
        "entity_changes",
        "entityName",
        expression="CASE WHEN entityName IN ('note_contents', 'note_revision_contents') THEN 'blobs' ELSE entityName END",
    ),
    DeleteRows("entity_changes", where="entityName = 'note_contents'"),
    AddRows("blobs"),
    # each blob keeps its content's times: where 213 stamped them (the JavaScript notes it
    # rewrote, in the same upgrade), the blob holds the time of the run
    MigrationTime("blobs", "dateModified", where=REWRITTEN),
    MigrationTime("blobs", "utcDateModified", where=REWRITTEN),
)


def upgrade(conn):
    existing = set()
    for (note_id,) in conn.execute("SELECT noteId FROM note_contents").fetchall():
        row = conn.execute(
            "SELECT noteId, content, dateModified, utcDateModified FROM note_contents WHERE noteId = ?",
            [note_id],
        ).fetchone()
        blob_id = hashed_blob_id(row[1], "first")
        if blob_id not in existing:
            existing.add(blob_id)
            conn.execute(
                "INSERT INTO blobs (blobId, content, dateModified, utcDateModified) VALUES (?, ?, ?, ?)",
                [blob_id, row[1], row[2], row[3]],
            )
            conn.execute(
                "UPDATE entity_changes SET entityName = 'blobs', entityId = ? "
                "WHERE entityName = 'note_contents' AND entityId = ?",
                [blob_id, row[0]],
            )
        else:
            conn.execute(
                "DELETE FROM entity_changes WHERE entityName = 'note_contents' AND entityId = ?",
                [row[0]],
            )
        conn.execute("UPDATE notes SET blobId = ? WHERE noteId = ?", [blob_id, row[0]])
    for (revision_id,) in conn.execute(
        "SELECT noteRevisionId FROM note_revision_contents"
    ).fetchall():
        row = conn.execute(
            "SELECT noteRevisionId, content, utcDateModified FROM note_revision_contents WHERE noteRevisionId = ?",
            [revision_id],
        ).fetchone()
        blob_id = hashed_blob_id(row[1], "first")
        if blob_id not in existing:
            existing.add(blob_id)
            conn.execute(
                "INSERT INTO blobs (blobId, content, dateModified, utcDateModified) VALUES (?, ?, ?, ?)",
                [blob_id, row[1], row[2], row[2]],
            )
            conn.execute(
                "UPDATE entity_changes SET entityName = 'blobs', entityId = ? "
                "WHERE entityName = 'note_revision_contents' AND entityId = ?",
                [blob_id, row[0]],
            )
        else:
            # duplicates: upstream passes row.noteId, which a revision's row lacks
            # (undefined binds as NULL, and no entity change matches)
            conn.execute(
                "DELETE FROM entity_changes WHERE entityName = 'note_revision_contents' AND entityId = ?",
                [None],
            )
        conn.execute(
            "UPDATE note_revisions SET blobId = ? WHERE noteRevisionId = ?", [blob_id, row[0]]
        )
    missing = [r[0] for r in conn.execute("SELECT noteId FROM notes WHERE blobId IS NULL")]
    if missing:
        raise RuntimeError(f"BlobIds were not filled correctly in notes: {missing}")
    missing = [
        r[0] for r in conn.execute("SELECT noteRevisionId FROM note_revisions WHERE blobId IS NULL")
    ]
    if missing:
        raise RuntimeError(f"BlobIds were not filled correctly in note revisions: {missing}")
