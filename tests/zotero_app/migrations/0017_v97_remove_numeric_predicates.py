"""Zotero userdata step 97 (``_migrateUserDataSchema``, ``else if (i == 97)``), ported:
Relations under the predicates ``'0'`` to ``'19'`` an import mangled: their items
unsynced, the relations and predicates deleted.
"""

from edi_migrations.changes import DeleteRows, Recompute

CHANGES = (
    # upstream's point: the mangled relations go, their items to be synced again
    DeleteRows("itemRelations", where="predicateID IN (SELECT predicateID FROM relationPredicates WHERE predicate IN ('0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12', '13', '14', '15', '16', '17', '18', '19'))"),
    DeleteRows("relationPredicates", where="predicate IN ('0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12', '13', '14', '15', '16', '17', '18', '19')"),
    Recompute(
        "items",
        "synced",
        expression="CASE WHEN itemID IN (SELECT itemID FROM itemRelations WHERE predicateID IN "
        "(SELECT predicateID FROM relationPredicates WHERE predicate IN ('0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12', '13', '14', '15', '16', '17', '18', '19'))) THEN 0 ELSE synced END",
    ),
)


def upgrade(conn):
    where = "WHERE predicate IN (" + ", ".join(f"'{i}'" for i in range(20)) + ")"
    rows = conn.execute("SELECT * FROM relationPredicates " + where).fetchall()
    for predicate_id, _ in rows:
        conn.execute("UPDATE items SET synced=0 WHERE itemID IN (SELECT itemID FROM itemRelations WHERE predicateID=?)", [predicate_id])
        conn.execute("DELETE FROM itemRelations WHERE predicateID=?", [predicate_id])
    conn.execute("DELETE FROM relationPredicates " + where)
