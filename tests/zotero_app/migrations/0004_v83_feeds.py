"""Zotero userdata step 83 (``_migrateUserDataSchema``, ``else if (i == 83)``), ported:
Feeds: ``feeds`` and ``feedItems`` dropped and made again (``translatedTime`` added).
"""

from edi_migrations.changes import DropTable

CHANGES = (
    # upstream's point: the feed tables of the 5.0 betas are thrown away and made anew
    DropTable("feeds"),
    DropTable("feedItems"),
)


def upgrade(conn):
    # Feeds
    conn.execute("DROP TABLE IF EXISTS feeds")
    conn.execute("DROP TABLE IF EXISTS feedItems")
    conn.execute("CREATE TABLE feeds (\n    libraryID INTEGER PRIMARY KEY,\n    name TEXT NOT NULL,\n    url TEXT NOT NULL UNIQUE,\n    lastUpdate TIMESTAMP,\n    lastCheck TIMESTAMP,\n    lastCheckError TEXT,\n    cleanupAfter INT,\n    refreshInterval INT,\n    FOREIGN KEY (libraryID) REFERENCES libraries(libraryID) ON DELETE CASCADE\n)")
    conn.execute("CREATE TABLE feedItems (\n    itemID INTEGER PRIMARY KEY,\n    guid TEXT NOT NULL UNIQUE,\n    readTime TIMESTAMP,\n    translatedTime TIMESTAMP,\n    FOREIGN KEY (itemID) REFERENCES items(itemID) ON DELETE CASCADE\n)")
