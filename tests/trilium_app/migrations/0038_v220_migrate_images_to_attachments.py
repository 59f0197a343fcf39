"""Trilium ``db/migrations/0220__migrate_images_to_attachments.js``, ported: image
compression turned off ("emergency disabling"), then every image note that is its text
parent's only ``imageLink`` target becomes an attachment of that parent
(``BNote.convertToParentAttachment({autoConversion: true})``, 0.61's ``bnote.js``): the
attachment and its blob, the parent's content pointing at the attachment's URL, the image
note deleted (``deleteNote``: its branch, attributes, the relations to it, itself).
Protected notes are not eligible outside a protected session (none is open during the
upgrade). Not ported: ``asyncPostProcessContent``, which runs after the step, outside it.
"""

from _trilium import (
    delete_branch,
    entity_change,
    hashed_blob_id,
    insert,
    live_branches,
    local_now,
    random_string,
    utc_now,
)

from edi_migrations.changes import AddRows, MigrationTime, RandomValue, Recompute

CHANGES = (
    # upstream: image compression off; images become their parent's attachments, the image notes deleted
    Recompute(
        "options",
        "value",
        expression="CASE WHEN name = 'compressImages' THEN 'false' ELSE value END",
    ),
    AddRows("blobs"),
    AddRows("attachments"),
    RandomValue("attachments", "attachmentId"),
    MigrationTime("attachments", "utcDateModified"),
    MigrationTime("attachments", "dateModified"),
)


CANDIDATES = """
SELECT noteId, mime, title, blobId FROM notes
WHERE isDeleted = 0 AND type = 'image' AND isProtected = 0
ORDER BY rowid
"""


def put_blob(conn, content):
    """``_saveBlob``: a blob under the content's hashed id (the 0.61 release's
    ``hashedBlobId``), unless one exists."""
    new_id = hashed_blob_id(content, "first")
    if not conn.execute("SELECT 1 FROM blobs WHERE blobId = ?", [new_id]).fetchone():
        now = utc_now()
        conn.execute(
            "INSERT INTO blobs (blobId, content, dateModified, utcDateModified) VALUES (?, ?, ?, ?)",
            [new_id, content, local_now(), now],
        )
        entity_change(conn, "blobs", new_id, f"{new_id}|{content!r}")
    return new_id


def eligible(conn, note_id):
    if conn.execute(
        "SELECT 1 FROM branches WHERE parentNoteId = ? AND isDeleted = 0", [note_id]
    ).fetchone():
        return None
    parents = live_branches(conn, note_id)
    if len(parents) != 1:
        return None
    links = conn.execute(
        "SELECT noteId FROM attributes WHERE type = 'relation' AND name = 'imageLink' AND value = ? "
        "AND isDeleted = 0",
        [note_id],
    ).fetchall()
    parent = parents[0][1]
    if len(links) != 1 or links[0][0] != parent:
        return None
    row = conn.execute("SELECT type, isProtected FROM notes WHERE noteId = ?", [parent]).fetchone()
    return parents[0] if row == ("text", 0) else None


def convert(conn, note, branch):
    note_id, mime, title, note_blob = note
    parent = branch[1]
    content = conn.execute("SELECT content FROM blobs WHERE blobId = ?", [note_blob]).fetchone()[0]
    attachment_id = random_string(12)
    position = conn.execute(
        "SELECT COALESCE(MAX(position), 0) + 10 FROM attachments WHERE ownerId = ?", [parent]
    ).fetchone()[0]
    insert(
        conn,
        "attachments",
        {
            "attachmentId": attachment_id,
            "ownerId": parent,
            "role": "image",
            "mime": mime,
            "title": title,
            "isProtected": 0,
            "position": position,
            "blobId": put_blob(conn, content),
            "dateModified": local_now(),
            "utcDateModified": utc_now(),
            "isDeleted": 0,
        },
    )
    entity_change(conn, "attachments", attachment_id, f"{attachment_id}|{parent}|image")
    parent_blob = conn.execute("SELECT blobId FROM notes WHERE noteId = ?", [parent]).fetchone()[0]
    parent_content = conn.execute(
        "SELECT content FROM blobs WHERE blobId = ?", [parent_blob]
    ).fetchone()[0]
    text = (
        parent_content.decode() if isinstance(parent_content, bytes) else str(parent_content or "")
    )
    fixed = text.replace(f"api/images/{note_id}/", f"api/attachments/{attachment_id}/image/")
    conn.execute(
        "UPDATE notes SET blobId = ?, dateModified = ?, utcDateModified = ? WHERE noteId = ?",
        [put_blob(conn, fixed), local_now(), utc_now(), parent],
    )
    entity_change(conn, "notes", parent, f"{parent}|content")
    delete_branch(conn, branch[0], random_string(10))


def upgrade(conn):
    conn.execute("UPDATE options SET value = 'false' WHERE name = 'compressImages'")
    for note in conn.execute(CANDIDATES).fetchall():
        branch = eligible(conn, note[0])
        if branch:
            convert(conn, note, branch)
