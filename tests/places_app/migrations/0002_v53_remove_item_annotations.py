"""Places ``Database::MigrateV53Up()``: remove every item annotation but Sync's
``sync/parent``, then the annotation names no annotation uses any more. The SQL verbatim
(``:anno_name`` bound to ``SYNC_PARENT_ANNO``); the probe (``SELECT 1 FROM
moz_items_annos`` failing: "Likely we removed the table") as a check that it prepares.
"""

from _places import prepares

from edi_migrations.changes import DeleteRows

CHANGES = (
    # upstream: "Remove all item annotations but SYNC_PARENT_ANNO."
    DeleteRows(
        "moz_items_annos",
        where="anno_attribute_id NOT IN ( "
        "  SELECT id FROM moz_anno_attributes WHERE name = 'sync/parent' )",
    ),
    # upstream: then the attribute names neither annotation table still uses
    DeleteRows(
        "moz_anno_attributes",
        where="NOT EXISTS (SELECT 1 FROM moz_annos a WHERE a.anno_attribute_id = moz_anno_attributes.id) "
        "AND NOT (moz_anno_attributes.name = 'sync/parent' AND EXISTS (SELECT 1 FROM moz_items_annos i "
        "WHERE i.anno_attribute_id = moz_anno_attributes.id))",
    ),
)


def upgrade(conn):
    if not prepares(conn, "SELECT 1 FROM moz_items_annos"):
        return
    conn.execute(
        "DELETE FROM moz_items_annos "
        "WHERE anno_attribute_id NOT IN ( "
        "  SELECT id FROM moz_anno_attributes WHERE name = :anno_name "
        ") ",
        {"anno_name": "sync/parent"},
    )
    conn.execute(
        "DELETE FROM moz_anno_attributes WHERE id IN ( "
        "  SELECT id FROM moz_anno_attributes "
        "  EXCEPT "
        "  SELECT DISTINCT anno_attribute_id FROM moz_annos "
        "  EXCEPT "
        "  SELECT DISTINCT anno_attribute_id FROM moz_items_annos "
        ")"
    )
