"""Zotero userdata step 113 (``_migrateUserDataSchema``, ``else if (i == 113)``), ported:
``itemAnnotations`` rebuilt without the cascade from its attachment; annotation items
without an annotation row deleted (logged for sync).
"""

from _zotero import legacy_alter_table, parse_int, value_query

from edi_migrations.changes import AddRows, ChangeConstraint, DeleteRows

LINT_ACKNOWLEDGED = {
    "EM109": "upstream renames a table aside with the legacy behaviour so that other tables' "
    "foreign keys keep naming the original (step 118 turns it off again)"
}

CHANGES = (
    # upstream's point: deleting an attachment no longer cascades to its annotations
    ChangeConstraint("itemAnnotations", "foreign key", "parentItemID"),
    # upstream's point: annotation items without their annotation row go, logged for sync
    DeleteRows("items", where="itemTypeID = (SELECT CAST(IFNULL((SELECT itemTypeID FROM itemTypes WHERE typeName = 'annotation'), -1) AS INTEGER)) AND itemID NOT IN (SELECT itemID FROM itemAnnotations)"),
    DeleteRows(
        "syncDeleteLog",
        where="syncObjectTypeID = (SELECT syncObjectTypeID FROM syncObjectTypes WHERE name = 'item') "
        "AND (libraryID, key) IN (SELECT libraryID, key FROM items WHERE itemTypeID = (SELECT CAST(IFNULL((SELECT itemTypeID FROM itemTypes WHERE typeName = 'annotation'), -1) AS INTEGER)) "
        "AND itemID NOT IN (SELECT itemID FROM itemAnnotations))",
    ),
    AddRows("syncDeleteLog"),
)


def upgrade(conn):
    legacy_alter_table(conn)
    conn.execute("ALTER TABLE itemAnnotations RENAME TO itemAnnotationsOld")
    conn.execute("CREATE TABLE itemAnnotations (\n    itemID INTEGER PRIMARY KEY,\n    parentItemID INT NOT NULL,\n    type INTEGER NOT NULL,\n    text TEXT,\n    comment TEXT,\n    color TEXT,\n    pageLabel TEXT,\n    sortIndex TEXT NOT NULL,\n    position TEXT NOT NULL,\n    isExternal INT NOT NULL,\n    FOREIGN KEY (itemID) REFERENCES items(itemID) ON DELETE CASCADE,\n    FOREIGN KEY (parentItemID) REFERENCES itemAttachments(itemID)\n)")
    conn.execute("INSERT INTO itemAnnotations SELECT * FROM itemAnnotationsOld")
    conn.execute("DROP TABLE itemAnnotationsOld")
    conn.execute("CREATE INDEX itemAnnotations_parentItemID ON itemAnnotations(parentItemID)")

    annotation_id = parse_int(
        value_query(conn, "SELECT itemTypeID FROM itemTypes WHERE typeName='annotation'") or -1
    )
    sync_object_type_id = value_query(conn, "SELECT syncObjectTypeID FROM syncObjectTypes WHERE name='item'")
    rows = conn.execute("SELECT libraryID, key FROM items WHERE itemTypeID=? AND itemID NOT IN (SELECT itemID FROM itemAnnotations)", [annotation_id]).fetchall()
    for library_id, key in rows:
        conn.execute("REPLACE INTO syncDeleteLog (syncObjectTypeID, libraryID, key) VALUES (?, ?, ?)", [sync_object_type_id, library_id, key])
    conn.execute("DELETE FROM items WHERE itemTypeID=? AND itemID NOT IN (SELECT itemID FROM itemAnnotations)", [annotation_id])
