"""Zotero userdata step 112 (``_migrateUserDataSchema``, ``else if (i == 112)``), ported:
PDF annotations: the old HTML-snapshot ``annotations`` and ``highlights`` and the old
``users`` dropped; ``users`` and ``itemAnnotations`` made; attachments gain
``lastProcessedModificationTime``.
"""

from _zotero import compatibility_changes, update_compatibility

from edi_migrations.changes import DropTable

CHANGES = (
    *compatibility_changes(7),
    # upstream's point: HTML-snapshot annotations are no longer supported
    DropTable("annotations"),
    DropTable("highlights"),
    # upstream's point: group members are made anew (by name) from the next sync
    DropTable("users"),
)


def upgrade(conn):
    update_compatibility(conn, 7)

    conn.execute("DROP TABLE IF EXISTS annotations")
    conn.execute("DROP TABLE IF EXISTS highlights")

    conn.execute("DROP TABLE IF EXISTS users")
    conn.execute("CREATE TABLE users (\n    userID INTEGER PRIMARY KEY,\n    name TEXT NOT NULL\n)")

    conn.execute("CREATE TABLE itemAnnotations (\n    itemID INTEGER PRIMARY KEY,\n    parentItemID INT NOT NULL,\n    type INTEGER NOT NULL,\n    text TEXT,\n    comment TEXT,\n    color TEXT,\n    pageLabel TEXT,\n    sortIndex TEXT NOT NULL,\n    position TEXT NOT NULL,\n    isExternal INT NOT NULL,\n    FOREIGN KEY (itemID) REFERENCES items(itemID) ON DELETE CASCADE,\n    FOREIGN KEY (parentItemID) REFERENCES itemAttachments(itemID) ON DELETE CASCADE\n)")
    conn.execute("CREATE INDEX itemAnnotations_parentItemID ON itemAnnotations(parentItemID)")

    conn.execute("ALTER TABLE itemAttachments ADD COLUMN lastProcessedModificationTime INT")
    conn.execute("CREATE INDEX itemAttachments_lastProcessedModificationTime ON itemAttachments(lastProcessedModificationTime)")
