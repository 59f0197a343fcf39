"""Zotero userdata step 119 (``_migrateUserDataSchema``, ``else if (i == 119)``), ported:
``itemAnnotations`` rebuilt with ``authorName`` (empty in existing rows).
"""

from edi_migrations.changes import Backfill

CHANGES = (
    # upstream's point: existing annotations have an empty author name
    Backfill("itemAnnotations", "authorName", constant=""),
)


def upgrade(conn):
    conn.execute("CREATE TABLE itemAnnotationsTemp (\n    itemID INTEGER PRIMARY KEY,\n    parentItemID INT NOT NULL,\n    type INTEGER NOT NULL,\n    authorName TEXT,\n    text TEXT,\n    comment TEXT,\n    color TEXT,\n    pageLabel TEXT,\n    sortIndex TEXT NOT NULL,\n    position TEXT NOT NULL,\n    isExternal INT NOT NULL,\n    FOREIGN KEY (itemID) REFERENCES items(itemID) ON DELETE CASCADE,\n    FOREIGN KEY (parentItemID) REFERENCES itemAttachments(itemID)\n)")
    conn.execute("INSERT INTO itemAnnotationsTemp SELECT itemID, parentItemID, type, '', text, comment, color, pageLabel, sortIndex, position, isExternal FROM itemAnnotations")
    conn.execute("DROP TABLE itemAnnotations")
    conn.execute("ALTER TABLE itemAnnotationsTemp RENAME TO itemAnnotations")
    conn.execute("CREATE INDEX itemAnnotations_parentItemID ON itemAnnotations(parentItemID)")
