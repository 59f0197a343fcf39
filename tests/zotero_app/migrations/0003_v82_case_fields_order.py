"""Zotero userdata step 82 (``_migrateUserDataSchema``, ``else if (i == 82)``), ported:
The fields of item type 17 (``case``) reordered.
"""

from edi_migrations.changes import AddRows, DeleteRows, Recompute

# The fields of case (17) at positions 3 to 9, as the step writes them.
NEW_ORDER = " ".join(
    f"WHEN itemTypeID = 17 AND orderIndex = {index} THEN {field}"
    for index, field in ((3, 44), (4, 96), (5, 117), (6, 43), (7, 97), (8, 98), (9, 42))
)

CHANGES = (
    # upstream's point: case's fields 3 to 9 replaced in a new order
    DeleteRows("itemTypeFields", where="itemTypeID = 17 AND orderIndex BETWEEN 3 AND 9"),
    AddRows("itemTypeFields"),
    # the new rows take the deleted ones' rowids back where those were the table's last
    Recompute("itemTypeFields", "fieldID", expression=f"CASE {NEW_ORDER} ELSE fieldID END"),
    Recompute(
        "itemTypeFields",
        "hide",
        expression="CASE WHEN itemTypeID = 17 AND orderIndex BETWEEN 3 AND 9 THEN NULL ELSE hide END",
    ),
)


def upgrade(conn):
    conn.execute("DELETE FROM itemTypeFields WHERE itemTypeID=17 AND orderIndex BETWEEN 3 AND 9")
    conn.execute("INSERT INTO itemTypeFields VALUES (17, 44, NULL, 3)")
    conn.execute("INSERT INTO itemTypeFields VALUES (17, 96, NULL, 4)")
    conn.execute("INSERT INTO itemTypeFields VALUES (17, 117, NULL, 5)")
    conn.execute("INSERT INTO itemTypeFields VALUES (17, 43, NULL, 6)")
    conn.execute("INSERT INTO itemTypeFields VALUES (17, 97, NULL, 7)")
    conn.execute("INSERT INTO itemTypeFields VALUES (17, 98, NULL, 8)")
    conn.execute("INSERT INTO itemTypeFields VALUES (17, 42, NULL, 9)")
