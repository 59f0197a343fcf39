"""What Trilium's JavaScript migrations reach through its services (``sql.insert``,
``becca``'s entities saving themselves, ``entity_changes.addEntityChange``), as the few
statements each writes. Trilium 0.60's code (the one that ran 184 to 214) and 0.61's (215
to 228), read at upstream commit ``995f1c9fc48c7aca00f9e418a3745984e9e1e068``.
"""

import base64
import hashlib
import random
import string
from datetime import UTC, datetime

# Trilium's versions: the runner's 1..46 are its 183..228.
FIRST = 182
RANDOM_CHARS = string.ascii_letters + string.digits


def trilium_version(version):
    """The dbVersion Trilium records for the runner's ``version``."""
    return FIRST + version


def random_string(length):
    """``utils.randomString``: ``rand-token``'s alphanumeric token."""
    return "".join(random.SystemRandom().choice(RANDOM_CHARS) for _ in range(length))


def utc_now():
    """``dateUtils.utcNowDateTime()``: ``YYYY-MM-DD HH:MM:SS.sssZ``."""
    now = datetime.now(UTC)
    return now.strftime("%Y-%m-%d %H:%M:%S.") + f"{now.microsecond // 1000:03d}Z"


def local_now():
    """``dateUtils.localNowDateTime()``: local time with its offset."""
    now = datetime.now().astimezone()
    return (
        now.strftime("%Y-%m-%d %H:%M:%S.") + f"{now.microsecond // 1000:03d}" + now.strftime("%z")
    )


def sha1_base64(text):
    """``utils.hash``: SHA-1, base64."""
    return base64.b64encode(hashlib.sha1(text.encode()).digest()).decode()


def columns(conn, table):
    return [row[1] for row in conn.execute(f'PRAGMA table_info("{table}")')]


def insert(conn, table, row, verb="INSERT"):
    """``sql.insert``/``sql.replace``: the row's keys the table has (its shape changes
    along the chain)."""
    names = [name for name in columns(conn, table) if name in row]
    conn.execute(
        f"{verb} INTO {table} ({', '.join(names)}) VALUES ({', '.join('?' * len(names))})",
        [row[name] for name in names],
    )


def entity_change(conn, entity_name, entity_id, hash_text, is_erased=0):
    """``entity_changes.addEntityChange``: ``sql.replace`` keyed by (entityName, entityId);
    the hash is ``utils.hash`` of the entity's hashed properties, given as one string."""
    insert(
        conn,
        "entity_changes",
        {
            "entityName": entity_name,
            "entityId": entity_id,
            "hash": sha1_base64(hash_text)[:10],
            "isErased": is_erased,
            "changeId": random_string(12),
            "sourceId": "NA",
            "componentId": "NA",
            "instanceId": "migration",
            "isSynced": 1,
            "utcDateChanged": utc_now(),
        },
        verb="REPLACE",
    )


def save_attribute(conn, attribute):
    """``BAttribute.save()`` of a new attribute: its row and its entity change."""
    row = {"utcDateModified": utc_now(), "isDeleted": 0, "deleteId": None, **attribute}
    insert(conn, "attributes", row, verb="REPLACE")
    entity_change(
        conn,
        "attributes",
        row["attributeId"],
        "|".join(
            str(row[k]) for k in ("attributeId", "noteId", "type", "name", "value", "isInheritable")
        ),
    )


def mark_attribute_deleted(conn, attribute_id, delete_id):
    """``BAttribute.markAsDeleted(deleteId)``: flagged, stamped, and its entity change."""
    conn.execute(
        "UPDATE attributes SET isDeleted = 1, deleteId = ?, utcDateModified = ? WHERE attributeId = ?",
        [delete_id, utc_now(), attribute_id],
    )
    entity_change(conn, "attributes", attribute_id, f"{attribute_id}|deleted")


def next_position(conn, note_id):
    """``BNote.addAttribute``'s position: after the note's last owned attribute."""
    return conn.execute(
        "SELECT COALESCE(MAX(position), 0) + 10 FROM attributes WHERE noteId = ? AND isDeleted = 0",
        [note_id],
    ).fetchone()[0]


def save_branch(conn, branch):
    """``BBranch.save()`` of a new branch (the ``parentNoteId_noteId`` id of 0.60)."""
    row = {
        "branchId": f"{branch['parentNoteId']}_{branch['noteId']}",
        "prefix": None,
        "isExpanded": 0,
        "isDeleted": 0,
        "deleteId": None,
        "utcDateModified": utc_now(),
        **branch,
    }
    insert(conn, "branches", row, verb="REPLACE")
    entity_change(
        conn,
        "branches",
        row["branchId"],
        "|".join(str(row[k]) for k in ("branchId", "noteId", "parentNoteId", "prefix")),
    )
    return row["branchId"]


def live_branches(conn, note_id):
    return conn.execute(
        "SELECT branchId, parentNoteId FROM branches WHERE noteId = ? AND isDeleted = 0", [note_id]
    ).fetchall()


def mark_note_deleted(conn, note_id, delete_id):
    conn.execute(
        "UPDATE notes SET isDeleted = 1, deleteId = ?, utcDateModified = ? WHERE noteId = ?",
        [delete_id, utc_now(), note_id],
    )
    entity_change(conn, "notes", note_id, f"{note_id}|deleted")


def delete_branch(conn, branch_id, delete_id):
    """``BBranch.deleteBranch(deleteId)`` of 0.59: the branch marked deleted; a note left with
    no other parent branch takes its children's branches, its own attributes, the relations
    pointing at it and itself along."""
    row = conn.execute("SELECT noteId FROM branches WHERE branchId = ?", [branch_id]).fetchone()
    conn.execute(
        "UPDATE branches SET isDeleted = 1, deleteId = ?, utcDateModified = ? WHERE branchId = ?",
        [delete_id, utc_now(), branch_id],
    )
    entity_change(conn, "branches", branch_id, f"{branch_id}|deleted")
    note_id = row[0]
    if live_branches(conn, note_id):
        return
    for (child_branch,) in conn.execute(
        "SELECT branchId FROM branches WHERE parentNoteId = ? AND isDeleted = 0", [note_id]
    ).fetchall():
        delete_branch(conn, child_branch, delete_id)
    for (attribute_id,) in conn.execute(
        "SELECT attributeId FROM attributes WHERE isDeleted = 0 AND "
        "(noteId = ? OR (type = 'relation' AND value = ?))",
        [note_id, note_id],
    ).fetchall():
        mark_attribute_deleted(conn, attribute_id, delete_id)
    mark_note_deleted(conn, note_id, delete_id)


def erase_entity_changes(conn, entity_name, ids):
    """``setEntityChangesAsErased``: each change of the erased rows re-put as erased."""
    for entity_id in ids:
        conn.execute(
            "UPDATE entity_changes SET isErased = 1, utcDateChanged = ?, changeId = ? "
            "WHERE entityName = ? AND entityId = ?",
            [utc_now(), random_string(12), entity_name, entity_id],
        )


def _sha512_base64(content):
    if content is None:
        content = ""
    raw = content if isinstance(content, bytes) else str(content).encode()
    return base64.b64encode(hashlib.sha512(raw).digest()).decode()


def hashed_blob_id(content, replace="first"):
    """``utils.hashedBlobId``, 20 characters of the content's SHA-512 in base64, as three
    releases wrote it: ``"none"`` (commit ``5a8e216de``, 0.61's betas: ``+`` and ``/`` kept),
    ``"first"`` (``72122d0f9``, with 224: ``.replace('+', 'X').replace('/', 'Y')``, the first
    of each only; the code of the 0.61 release, which ran 215 to 225 in one upgrade),
    ``"all"`` (``f704cacde``, with 228: ``replaceAll``)."""
    digest = _sha512_base64(content)
    if replace == "first":
        digest = digest.replace("+", "X", 1).replace("/", "Y", 1)
    elif replace == "all":
        digest = digest.replace("+", "X").replace("/", "Y")
    return digest[:20]


def saved_revision_stamps(table, key, where):
    """What ``saveNoteRevision`` draws and stamps in the revisions it saves (213), and what
    the copy renaming them (218) carries: a random id (``newEntityId``) and the run's time."""
    from edi_migrations.changes import MigrationTime, RandomValue

    return (
        RandomValue(table, key, where=where),
        MigrationTime(table, "utcDateCreated", where=where),
        MigrationTime(table, "utcDateModified", where=where),
        MigrationTime(table, "dateCreated", where=where),
    )
