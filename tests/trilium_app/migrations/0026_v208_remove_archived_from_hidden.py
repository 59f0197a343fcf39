"""Trilium ``db/migrations/0208__remove_archived_from_hidden.js``, ported: ``_hidden``'s
``archived`` labels marked deleted (``getLabels`` also lists inherited ones; ``_hidden`` is a
child of root, which holds none here, so its own are all).
"""

from _trilium import mark_attribute_deleted

from edi_migrations.changes import AddRows, DeleteRows, MigrationTime, RandomValue, Recompute

CHANGES = (
    # upstream: _hidden's archived labels deleted
    Recompute(
        "attributes",
        "isDeleted",
        expression="CASE WHEN noteId = '_hidden' AND type = 'label' AND name = 'archived' AND isDeleted = 0 THEN 1 ELSE isDeleted END",
    ),
    Recompute(
        "attributes",
        "deleteId",
        expression="CASE WHEN noteId = '_hidden' AND type = 'label' AND name = 'archived' AND isDeleted = 0 THEN '0208__remove_archived_from_hidden' ELSE deleteId END",
    ),
    MigrationTime(
        "attributes",
        "utcDateModified",
        where="noteId = '_hidden' AND type = 'label' AND name = 'archived'",
    ),
    DeleteRows(
        "entity_changes",
        where="entityName = 'attributes' AND entityId IN (SELECT attributeId FROM attributes WHERE noteId = '_hidden' AND type = 'label' AND name = 'archived')",
    ),
    AddRows("entity_changes"),
    RandomValue("entity_changes", "changeId"),
    MigrationTime("entity_changes", "utcDateChanged"),
)


def upgrade(conn):
    for (attribute_id,) in conn.execute(
        "SELECT attributeId FROM attributes WHERE noteId = '_hidden' AND type = 'label' "
        "AND name = 'archived' AND isDeleted = 0"
    ).fetchall():
        mark_attribute_deleted(conn, attribute_id, "0208__remove_archived_from_hidden")
