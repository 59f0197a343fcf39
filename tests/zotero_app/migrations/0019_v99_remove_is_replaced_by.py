"""Zotero userdata step 99 (``_migrateUserDataSchema``, ``else if (i == 99)``), ported:
``dc:isReplacedBy`` relations and their predicate deleted.
"""

from edi_migrations.changes import DeleteRows

CHANGES = (
    # upstream's point: merged-item relations are no longer kept
    DeleteRows(
        "itemRelations",
        where="predicateID = (SELECT predicateID FROM relationPredicates WHERE predicate = 'dc:isReplacedBy')",
    ),
    DeleteRows("relationPredicates", where="predicate = 'dc:isReplacedBy'"),
)


def upgrade(conn):
    conn.execute("DELETE FROM itemRelations WHERE predicateID=(SELECT predicateID FROM relationPredicates WHERE predicate='dc:isReplacedBy')")
    conn.execute("DELETE FROM relationPredicates WHERE predicate='dc:isReplacedBy'")
