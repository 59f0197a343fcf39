"""Trilium ``db/migrations/0204__migrate_bookmarks_to_clones.js``, ported: each note labelled
``bookmarked`` cloned into ``_lbBookmarks`` (``cloningService.toggleNoteInParent(true, ...)``:
a branch at the end of its children, unless one exists) and the label marked deleted; each
``bookmarkFolder`` cloned too, its label kept.
"""

from _trilium import mark_attribute_deleted, save_branch

from edi_migrations.changes import AddRows, DeleteRows, MigrationTime, RandomValue, Recompute

CHANGES = (
    # upstream: bookmarks become clones under _lbBookmarks, the bookmarked labels deleted
    AddRows("branches"),
    MigrationTime("branches", "utcDateModified"),
    Recompute(
        "attributes",
        "isDeleted",
        expression="CASE WHEN type = 'label' AND name = 'bookmarked' AND isDeleted = 0 AND noteId IN (SELECT noteId FROM notes WHERE isDeleted = 0) THEN 1 ELSE isDeleted END",
    ),
    Recompute(
        "attributes",
        "deleteId",
        expression="CASE WHEN type = 'label' AND name = 'bookmarked' AND isDeleted = 0 AND noteId IN (SELECT noteId FROM notes WHERE isDeleted = 0) THEN '0204__migrate_bookmarks_to_clones' ELSE deleteId END",
    ),
    MigrationTime("attributes", "utcDateModified", where="type = 'label' AND name = 'bookmarked'"),
    DeleteRows(
        "entity_changes",
        where="entityName = 'attributes' AND entityId IN (SELECT attributeId FROM attributes WHERE type = 'label' AND name = 'bookmarked')",
    ),
    AddRows("entity_changes"),
    RandomValue("entity_changes", "changeId"),
    MigrationTime("entity_changes", "utcDateChanged"),
)


PARENT = "_lbBookmarks"


def clone(conn, note_id):
    exists = conn.execute(
        "SELECT 1 FROM branches WHERE noteId = ? AND parentNoteId = ? AND isDeleted = 0",
        [note_id, PARENT],
    ).fetchone()
    if (
        exists
        or not conn.execute(
            "SELECT 1 FROM notes WHERE noteId = ? AND isDeleted = 0", [PARENT]
        ).fetchone()
    ):
        return
    position = conn.execute(
        "SELECT COALESCE(MAX(notePosition), 0) + 10 FROM branches WHERE parentNoteId = ? AND isDeleted = 0",
        [PARENT],
    ).fetchone()[0]
    save_branch(conn, {"noteId": note_id, "parentNoteId": PARENT, "notePosition": position})


def labels(conn, name):
    return conn.execute(
        "SELECT attributes.attributeId, attributes.noteId FROM attributes JOIN notes USING (noteId) "
        "WHERE attributes.type = 'label' AND attributes.name = ? AND attributes.isDeleted = 0 "
        "AND notes.isDeleted = 0",
        [name],
    ).fetchall()


def upgrade(conn):
    for attribute_id, note_id in labels(conn, "bookmarked"):
        clone(conn, note_id)
        mark_attribute_deleted(conn, attribute_id, "0204__migrate_bookmarks_to_clones")
    for _attribute_id, note_id in labels(conn, "bookmarkFolder"):
        clone(conn, note_id)
