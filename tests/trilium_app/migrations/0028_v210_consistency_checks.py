"""Trilium ``db/migrations/0210__consistency_checks.js``, ported in part: "precaution for the
0211 migration", every deleted note, branch and attribute erased now
(``eraseDeletedNotesNow``, Trilium 0.59's ``notes.js``: rows deleted, their entity changes
marked erased; a note's content, branches, attributes and revisions with it), then
``consistencyChecks.runOnDemandChecksWithoutExclusiveLock(true)`` "before running 211 which
might produce unique constraint problems if the DB was not consistent": ported are its
existence checks (``findExistencyIssues``, 0.59's ``consistency_checks.js``: a live branch of
a deleted note or parent deleted, a live note without a branch given one under root, a
parent-child pair's duplicate branches deleted but the first by ``utcDateModified``), the
ones 211's new ids depend on, and its ``UPDATE`` keeping root's branch expanded. Not ported:
its other checks (references, logic, entity changes, attribute names, sync, tree cycles),
whose failure upstream only logs.
"""

from _trilium import entity_change, erase_entity_changes, random_string, save_branch, utc_now

from edi_migrations.changes import AddRows, DeleteRows, MigrationTime, RandomValue, Recompute

# a live branch repeating another's parent and note (the first by utcDateModified stays)
DUPLICATE = (
    "isDeleted = 0 AND EXISTS (SELECT 1 FROM branches AS o WHERE o.noteId = branches.noteId "
    "AND o.parentNoteId = branches.parentNoteId AND o.isDeleted = 0 AND o.rowid != branches.rowid "
    "AND (o.utcDateModified < branches.utcDateModified "
    "OR (o.utcDateModified = branches.utcDateModified AND o.rowid < branches.rowid)))"
)
PAIRED = (
    "EXISTS (SELECT 1 FROM branches AS o WHERE o.noteId = branches.noteId "
    "AND o.parentNoteId = branches.parentNoteId AND o.rowid != branches.rowid)"
)
ERASABLE = "entityName IN ('notes', 'note_contents', 'branches', 'attributes', 'note_revisions', 'note_revision_contents')"

CHANGES = (
    # upstream: every deleted note, branch and attribute erased (a note's content, branches,
    # attributes and revisions with it), their sync log marked erased; then the existence checks
    DeleteRows("notes", where="isDeleted = 1"),
    DeleteRows("note_contents", where="noteId IN (SELECT noteId FROM notes WHERE isDeleted = 1)"),
    DeleteRows(
        "branches",
        where="isDeleted = 1 OR noteId IN (SELECT noteId FROM notes WHERE isDeleted = 1)",
    ),
    DeleteRows(
        "attributes",
        where="isDeleted = 1 OR noteId IN (SELECT noteId FROM notes WHERE isDeleted = 1)",
    ),
    DeleteRows("note_revisions", where="noteId IN (SELECT noteId FROM notes WHERE isDeleted = 1)"),
    DeleteRows(
        "note_revision_contents",
        where="noteRevisionId IN (SELECT noteRevisionId FROM note_revisions WHERE noteId IN (SELECT noteId FROM notes WHERE isDeleted = 1))",
    ),
    Recompute(
        "entity_changes",
        "isErased",
        expression="CASE WHEN (entityName IN ('notes', 'note_contents') AND entityId IN (SELECT noteId FROM notes WHERE isDeleted = 1)) OR (entityName = 'branches' AND entityId IN (SELECT branchId FROM branches WHERE isDeleted = 1 OR noteId IN (SELECT noteId FROM notes WHERE isDeleted = 1))) OR (entityName = 'attributes' AND entityId IN (SELECT attributeId FROM attributes WHERE isDeleted = 1 OR noteId IN (SELECT noteId FROM notes WHERE isDeleted = 1))) OR (entityName IN ('note_revisions', 'note_revision_contents') AND entityId IN (SELECT noteRevisionId FROM note_revisions WHERE noteId IN (SELECT noteId FROM notes WHERE isDeleted = 1))) THEN 1 ELSE isErased END",
    ),
    # the erased rows' changes put again (setEntityChangesAsErased): a new change id, now
    RandomValue("entity_changes", "changeId", where=ERASABLE),
    MigrationTime("entity_changes", "utcDateChanged", where=ERASABLE),
    # the existence checks: a duplicate branch deleted under a random delete id, now, a
    # note left without a branch given one under root
    Recompute(
        "branches", "isDeleted", expression=f"CASE WHEN {DUPLICATE} THEN 1 ELSE isDeleted END"
    ),
    RandomValue("branches", "deleteId", where=PAIRED),
    MigrationTime("branches", "utcDateModified", where=PAIRED),
    DeleteRows(
        "entity_changes",
        where=f"entityName = 'branches' AND entityId IN (SELECT branchId FROM branches WHERE {PAIRED})",
    ),
    AddRows("branches"),
    AddRows("entity_changes"),
    # and keep root's branch expanded
    Recompute(
        "branches", "isExpanded", expression="CASE WHEN noteId = 'root' THEN 1 ELSE isExpanded END"
    ),
)


DELETE_BRANCH = (
    "UPDATE branches SET isDeleted = 1, deleteId = ?, utcDateModified = ? WHERE branchId = ?"
)


def column(conn, sql, params=()):
    return [row[0] for row in conn.execute(sql, params).fetchall()]


def erase(conn, table, key, ids):
    for entity_id in ids:
        conn.execute(f"DELETE FROM {table} WHERE {key} = ?", [entity_id])
    erase_entity_changes(conn, table, ids)


def erase_notes(conn, note_ids):
    erase(conn, "notes", "noteId", note_ids)
    erase(conn, "note_contents", "noteId", note_ids)
    for note_id in note_ids:
        erase(
            conn,
            "branches",
            "branchId",
            column(conn, "SELECT branchId FROM branches WHERE noteId = ?", [note_id]),
        )
        erase(
            conn,
            "attributes",
            "attributeId",
            column(conn, "SELECT attributeId FROM attributes WHERE noteId = ?", [note_id]),
        )
        revisions = column(
            conn, "SELECT noteRevisionId FROM note_revisions WHERE noteId = ?", [note_id]
        )
        erase(conn, "note_revisions", "noteRevisionId", revisions)
        erase(conn, "note_revision_contents", "noteRevisionId", revisions)


def mark_branch_deleted(conn, branch_id):
    """``BBranch.markAsDeleted()``: a fresh delete id, the branch stamped, its change logged."""
    conn.execute(DELETE_BRANCH, [random_string(10), utc_now(), branch_id])
    entity_change(conn, "branches", branch_id, f"{branch_id}|deleted")


def existence_checks(conn):
    for (branch_id,) in conn.execute(
        "SELECT branchId FROM branches JOIN notes USING (noteId) "
        "WHERE notes.isDeleted = 1 AND branches.isDeleted = 0"
    ).fetchall():
        mark_branch_deleted(conn, branch_id)
    for (branch_id,) in conn.execute(
        "SELECT branchId FROM branches JOIN notes AS parentNote ON parentNote.noteId = branches.parentNoteId "
        "WHERE parentNote.isDeleted = 1 AND branches.isDeleted = 0"
    ).fetchall():
        mark_branch_deleted(conn, branch_id)
    for (note_id,) in conn.execute(
        "SELECT DISTINCT notes.noteId FROM notes "
        "LEFT JOIN branches ON notes.noteId = branches.noteId AND branches.isDeleted = 0 "
        "WHERE notes.isDeleted = 0 AND branches.branchId IS NULL"
    ).fetchall():
        save_branch(
            conn,
            {"noteId": note_id, "parentNoteId": "root", "prefix": "recovered", "notePosition": 0},
        )
    for note_id, parent_id in conn.execute(
        "SELECT noteId, parentNoteId FROM branches WHERE branches.isDeleted = 0 "
        "GROUP BY branches.parentNoteId, branches.noteId HAVING COUNT(1) > 1"
    ).fetchall():
        duplicates = column(
            conn,
            "SELECT branchId FROM branches WHERE noteId = ? and parentNoteId = ? and isDeleted = 0 "
            "ORDER BY utcDateModified",
            [note_id, parent_id],
        )
        for branch_id in duplicates[1:]:
            mark_branch_deleted(conn, branch_id)
    conn.execute("UPDATE branches SET isExpanded = 1 WHERE noteId = 'root'")


def upgrade(conn):
    erase_notes(conn, column(conn, "SELECT noteId FROM notes WHERE isDeleted = 1"))
    erase(
        conn,
        "branches",
        "branchId",
        column(conn, "SELECT branchId FROM branches WHERE isDeleted = 1"),
    )
    erase(
        conn,
        "attributes",
        "attributeId",
        column(conn, "SELECT attributeId FROM attributes WHERE isDeleted = 1"),
    )
    existence_checks(conn)
