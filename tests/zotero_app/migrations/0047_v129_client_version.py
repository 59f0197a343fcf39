"""Zotero userdata step 129 (``_migrateUserDataSchema``, ``else if (i == 129)``), ported:
``clientVersion`` on items, collections, saved searches and libraries.
"""


def upgrade(conn):
    client_version_tables = ["items", "collections", "savedSearches", "libraries"]
    for table in client_version_tables:
        conn.execute(f"ALTER TABLE {table} ADD COLUMN clientVersion INT NOT NULL DEFAULT 0")
