"""Trilium ``db/migrations/0212__delete_all_attributes_of_named_notes.js``, ported: every
"named" note (its id starts with ``_``) of ``_hidden``'s subtree has its own attributes
marked deleted (``checkHiddenSubtree`` writes the ones it wants again at the next start).
"""

from _trilium import mark_attribute_deleted

from edi_migrations.changes import AddRows, DeleteRows, MigrationTime, RandomValue, Recompute

CHANGES = (
    # upstream: the named notes' own attributes deleted (the app writes the ones it wants again)
    Recompute(
        "attributes",
        "isDeleted",
        expression="CASE WHEN isDeleted = 0 AND substr(noteId, 1, 1) = '_' AND noteId IN (WITH RECURSIVE subtree(noteId) AS (SELECT '_hidden' UNION SELECT b.noteId FROM branches AS b JOIN subtree ON b.parentNoteId = subtree.noteId WHERE b.isDeleted = 0) SELECT noteId FROM subtree) THEN 1 ELSE isDeleted END",
    ),
    Recompute(
        "attributes",
        "deleteId",
        expression="CASE WHEN isDeleted = 0 AND substr(noteId, 1, 1) = '_' AND noteId IN (WITH RECURSIVE subtree(noteId) AS (SELECT '_hidden' UNION SELECT b.noteId FROM branches AS b JOIN subtree ON b.parentNoteId = subtree.noteId WHERE b.isDeleted = 0) SELECT noteId FROM subtree) THEN '0212__delete_all_attributes_of_named_notes' ELSE deleteId END",
    ),
    MigrationTime("attributes", "utcDateModified", where="substr(noteId, 1, 1) = '_'"),
    DeleteRows(
        "entity_changes",
        where="entityName = 'attributes' AND entityId IN (SELECT attributeId FROM attributes WHERE substr(noteId, 1, 1) = '_')",
    ),
    AddRows("entity_changes"),
    RandomValue("entity_changes", "changeId"),
    MigrationTime("entity_changes", "utcDateChanged"),
)


SUBTREE = """
WITH RECURSIVE subtree(noteId) AS (
    SELECT '_hidden'
    UNION
    SELECT branches.noteId FROM branches JOIN subtree ON branches.parentNoteId = subtree.noteId
    WHERE branches.isDeleted = 0
)
SELECT attributes.attributeId FROM attributes JOIN subtree USING (noteId)
WHERE substr(attributes.noteId, 1, 1) = '_' AND attributes.isDeleted = 0
ORDER BY attributes.noteId, attributes.position
"""


def upgrade(conn):
    if not conn.execute(
        "SELECT 1 FROM notes WHERE noteId = '_hidden' AND isDeleted = 0"
    ).fetchone():
        return  # "MIGRATION 212: no _hidden note, skipping."
    for (attribute_id,) in conn.execute(SUBTREE).fetchall():
        mark_attribute_deleted(conn, attribute_id, "0212__delete_all_attributes_of_named_notes")
