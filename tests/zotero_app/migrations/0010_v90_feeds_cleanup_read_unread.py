"""Zotero userdata step 90 (``_migrateUserDataSchema``, ``else if (i == 90)``), ported:
``feeds`` rebuilt: ``cleanupAfter`` becomes ``cleanupUnreadAfter``, ``cleanupReadAfter``
added (30 days).
"""

from _zotero import compatibility_changes, legacy_alter_table, update_compatibility

from edi_migrations.changes import Backfill, RenameColumn

LINT_ACKNOWLEDGED = {
    "EM109": "upstream renames a table aside with the legacy behaviour so that other tables' "
    "foreign keys keep naming the original (step 118 turns it off again)"
}

CHANGES = (
    *compatibility_changes(4),
    # upstream's point: the one cleanup delay becomes the unread items' delay
    RenameColumn("feeds", "cleanupAfter", "cleanupUnreadAfter"),
    # upstream's point: read items are cleaned up after 30 days
    Backfill("feeds", "cleanupReadAfter", constant=30),
)


def upgrade(conn):
    legacy_alter_table(conn)
    update_compatibility(conn, 4)
    conn.execute("ALTER TABLE feeds RENAME TO feedsOld")
    conn.execute("CREATE TABLE feeds (\n    libraryID INTEGER PRIMARY KEY,\n    name TEXT NOT NULL,\n    url TEXT NOT NULL UNIQUE,\n    lastUpdate TIMESTAMP,\n    lastCheck TIMESTAMP,\n    lastCheckError TEXT,\n    cleanupReadAfter INT,\n    cleanupUnreadAfter INT,\n    refreshInterval INT,\n    FOREIGN KEY (libraryID) REFERENCES libraries(libraryID) ON DELETE CASCADE\n)")
    conn.execute("INSERT INTO feeds SELECT libraryID, name, url, lastUpdate, lastCheck, lastCheckError, 30, cleanupAfter, refreshInterval FROM feedsOld")
    conn.execute("DROP TABLE feedsOld")
