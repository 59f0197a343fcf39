"""Zotero userdata step 111 (``_migrateUserDataSchema``, ``else if (i == 111)``), ported:
``deletedCollections`` and ``deletedSearches`` created.
"""


def upgrade(conn):
    conn.execute("CREATE TABLE deletedCollections (\n    collectionID INTEGER PRIMARY KEY,\n    dateDeleted DEFAULT CURRENT_TIMESTAMP NOT NULL,\n    FOREIGN KEY (collectionID) REFERENCES collections(collectionID) ON DELETE CASCADE\n)")
    conn.execute("CREATE INDEX deletedCollections_dateDeleted ON deletedCollections(dateDeleted)")
    conn.execute("CREATE TABLE deletedSearches (\n    savedSearchID INTEGER PRIMARY KEY,\n    dateDeleted DEFAULT CURRENT_TIMESTAMP NOT NULL,\n    FOREIGN KEY (savedSearchID) REFERENCES savedSearches(savedSearchID) ON DELETE CASCADE\n)")
    conn.execute("CREATE INDEX deletedSearches_dateDeleted ON deletedSearches(dateDeleted)")
