"""Zotero userdata step 82 (``_migrateUserDataSchema``, ``else if (i == 82)``), ported:
The fields of item type 17 (``case``) reordered.
"""

from edi_migrations.changes import AddRows, DeleteRows

CHANGES = (
    # upstream's point: case's fields 3 to 9 replaced in a new order
    DeleteRows("itemTypeFields", where="itemTypeID = 17 AND orderIndex BETWEEN 3 AND 9"),
    AddRows("itemTypeFields"),
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
