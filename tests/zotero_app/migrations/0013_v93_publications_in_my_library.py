"""Zotero userdata step 93 (``_migrateUserDataSchema``, ``else if (i == 93)``), ported:
My Publications moves into My Library: ``publicationsItems`` holds the publications' item
ids (those of library 4, and those whose cached JSON says ``inPublications``), their items
move to library 1, library 4 and its relations go.
"""

import json

from _zotero import compatibility_changes, truthy, update_compatibility

from edi_migrations.changes import DeleteRows, Recompute

MOVED = (
    "libraryID = 4 AND NOT EXISTS (SELECT 1 FROM items AS mine "
    "WHERE mine.libraryID = 1 AND mine.key = items.key)"
)

CHANGES = (
    *compatibility_changes(5),
    # upstream's point: the publications' items join My Library (not those whose key is
    # already there: UPDATE OR IGNORE), unsynced
    Recompute("items", "libraryID", expression=f"CASE WHEN {MOVED} THEN 1 ELSE libraryID END"),
    Recompute("items", "synced", expression=f"CASE WHEN {MOVED} THEN 0 ELSE synced END"),
    # upstream's point: relations to the publications library's URIs go, and the library
    DeleteRows(
        "itemRelations",
        where="object LIKE 'http://zotero.org/users/%' AND object LIKE '%/publications/items%'",
    ),
    DeleteRows("libraries", where="libraryID = 4"),
)


def upgrade(conn):
    update_compatibility(conn, 5)
    conn.execute("CREATE TABLE publicationsItems (\n    itemID INTEGER PRIMARY KEY\n);")
    conn.execute("INSERT INTO publicationsItems SELECT itemID FROM items WHERE libraryID=4")
    conn.execute("UPDATE OR IGNORE items SET libraryID=1, synced=0 WHERE libraryID=4")
    conn.execute("DELETE FROM itemRelations WHERE object LIKE ? AND object LIKE ?", ["http://zotero.org/users/%", "%/publications/items%"])
    conn.execute("DELETE FROM libraries WHERE libraryID=4")

    rows = conn.execute("SELECT itemID, data FROM syncCache JOIN items USING (libraryID, key, version) WHERE syncObjectTypeID=3").fetchall()
    ids = []
    for item_id, data in rows:
        parsed = json.loads(data)  # JSON.parse: throws where the cache holds no JSON
        if isinstance(parsed, dict) and isinstance(parsed.get("data"), dict) and truthy(parsed["data"].get("inPublications")):
            ids.append(item_id)
    if ids:
        conn.execute("INSERT INTO publicationsItems (itemID) VALUES " + ", ".join(f"({id})" for id in ids))
