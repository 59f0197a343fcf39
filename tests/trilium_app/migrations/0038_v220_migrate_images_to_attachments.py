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

from edi_migrations.changes import AddRows, DeleteRows, MigrationTime, RandomValue, Recompute

# the image notes 220 converts (eligible as convertToParentAttachment reads them)
CONVERTED = "SELECT n.noteId FROM notes AS n WHERE n.isDeleted = 0 AND n.type = 'image' AND n.isProtected = 0 AND NOT EXISTS (SELECT 1 FROM branches AS c WHERE c.parentNoteId = n.noteId AND c.isDeleted = 0) AND (SELECT COUNT(*) FROM branches AS p WHERE p.noteId = n.noteId AND p.isDeleted = 0) = 1 AND (SELECT group_concat(r.noteId) FROM attributes AS r WHERE r.type = 'relation' AND r.name = 'imageLink' AND r.value = n.noteId AND r.isDeleted = 0) = (SELECT p.parentNoteId FROM branches AS p WHERE p.noteId = n.noteId AND p.isDeleted = 0) AND (SELECT t.type || t.isProtected FROM notes AS t JOIN branches AS p ON t.noteId = p.parentNoteId WHERE p.noteId = n.noteId AND p.isDeleted = 0) = 'text0'"
IMAGES = "noteId IN (SELECT noteId FROM notes WHERE type = 'image')"
PARENTS = "noteId IN (SELECT parentNoteId FROM branches WHERE noteId IN (SELECT noteId FROM notes WHERE type = 'image'))"
LINKS = "(type = 'relation' AND name = 'imageLink') OR " + IMAGES
TOUCHED = (
    "(entityName = 'notes' AND entityId IN (SELECT noteId FROM notes WHERE type IN ('image', 'text'))) "
    "OR (entityName = 'branches' AND entityId IN (SELECT branchId FROM branches WHERE "
    + IMAGES
    + ")) "
    "OR (entityName = 'attributes' AND entityId IN (SELECT attributeId FROM attributes WHERE "
    + LINKS
    + "))"
)

# the blobs it writes: each parent's new content (naming its attachment) and the image's
PARENT_BLOBS = "blobId IN (SELECT blobId FROM notes WHERE " + PARENTS + ")"
IMAGE_BLOBS = "blobId IN (SELECT blobId FROM attachments WHERE role = 'image')"
NEW_SYNC = (
    "(entityName = 'attachments' AND entityId IN (SELECT attachmentId FROM attachments WHERE role = 'image')) "
    "OR (entityName = 'blobs' AND entityId IN (SELECT blobId FROM blobs WHERE "
    + PARENT_BLOBS
    + "))"
)

CHANGES = (
    # upstream: image compression off ("emergency disabling")
    Recompute(
        "options",
        "value",
        expression="CASE WHEN name = 'compressImages' THEN 'false' ELSE value END",
    ),
    # upstream: each converted image becomes an attachment of its parent (with its blob) ...
    AddRows("blobs"),
    AddRows("attachments"),
    # ... under a random id (newEntityId), stamped now; the parent's new content names that
    # id, so its blob's content and hashed id are as random, and each sync row names them
    RandomValue("attachments", "attachmentId", where="role = 'image'"),
    MigrationTime("attachments", "dateModified", where="role = 'image'"),
    MigrationTime("attachments", "utcDateModified", where="role = 'image'"),
    RandomValue("blobs", "blobId", where=PARENT_BLOBS),
    RandomValue("blobs", "content", where=PARENT_BLOBS),
    MigrationTime("blobs", "dateModified", where=PARENT_BLOBS + " OR " + IMAGE_BLOBS),
    MigrationTime("blobs", "utcDateModified", where=PARENT_BLOBS + " OR " + IMAGE_BLOBS),
    RandomValue("entity_changes", "entityId", where=NEW_SYNC),
    RandomValue("entity_changes", "hash", where=NEW_SYNC),
    # ... the parent's content points at the attachment's URL, whose id is drawn at random
    # (so is the new content's hashed blob id), stamped now ...
    RandomValue("notes", "blobId", where=PARENTS),
    MigrationTime("notes", "dateModified", where=PARENTS + " OR " + IMAGES),
    MigrationTime("notes", "utcDateModified", where=PARENTS + " OR " + IMAGES),
    # ... and the image note deleted (deleteNote: its branch, its attributes, the relations
    # pointing at it, itself), under a random delete id
    Recompute(
        "notes",
        "isDeleted",
        expression="CASE WHEN noteId IN (" + CONVERTED + ") THEN 1 ELSE isDeleted END",
    ),
    RandomValue("notes", "deleteId", where=IMAGES),
    Recompute(
        "branches",
        "isDeleted",
        expression="CASE WHEN isDeleted = 0 AND noteId IN ("
        + CONVERTED
        + ") THEN 1 ELSE isDeleted END",
    ),
    RandomValue("branches", "deleteId", where=IMAGES),
    MigrationTime("branches", "utcDateModified", where=IMAGES),
    Recompute(
        "attributes",
        "isDeleted",
        expression="CASE WHEN isDeleted = 0 AND (noteId IN ("
        + CONVERTED
        + ") OR (type = 'relation' AND value IN ("
        + CONVERTED
        + "))) THEN 1 ELSE isDeleted END",
    ),
    RandomValue("attributes", "deleteId", where=LINKS),
    MigrationTime("attributes", "utcDateModified", where=LINKS),
    # every change logged for sync (sql.replace: the old entries go, new ones come)
    DeleteRows("entity_changes", where=TOUCHED),
    AddRows("entity_changes"),
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
