"""Zotero userdata step 120 (``_migrateUserDataSchema``, ``else if (i == 120)``), ported:
119 again where it did not go through (``Zotero.DB.columnExists`` as ``PRAGMA
table_info``).
"""

# Nothing to declare: 119 always ran before it in this chain, so the column is there and
# the step changes nothing (upstream's Backfill of '' where it runs is 119's).


def upgrade(conn):
    # Repeat 119 if it didn't go through
    if "authorName" not in [row[1] for row in conn.execute("PRAGMA table_info(itemAnnotations)")]:
        conn.execute("CREATE TABLE itemAnnotationsTemp (\n    itemID INTEGER PRIMARY KEY,\n    parentItemID INT NOT NULL,\n    type INTEGER NOT NULL,\n    authorName TEXT,\n    text TEXT,\n    comment TEXT,\n    color TEXT,\n    pageLabel TEXT,\n    sortIndex TEXT NOT NULL,\n    position TEXT NOT NULL,\n    isExternal INT NOT NULL,\n    FOREIGN KEY (itemID) REFERENCES items(itemID) ON DELETE CASCADE,\n    FOREIGN KEY (parentItemID) REFERENCES itemAttachments(itemID)\n)")
        conn.execute("INSERT INTO itemAnnotationsTemp SELECT itemID, parentItemID, type, '', text, comment, color, pageLabel, sortIndex, position, isExternal FROM itemAnnotations")
        conn.execute("DROP TABLE itemAnnotations")
        conn.execute("ALTER TABLE itemAnnotationsTemp RENAME TO itemAnnotations")
        conn.execute("CREATE INDEX itemAnnotations_parentItemID ON itemAnnotations(parentItemID)")
