"""Zotero userdata step 101 (``_migrateUserDataSchema``, ``else if (i == 101)``), ported:
Files a Mendeley import stored twice are queued for cleanup: ``Zotero_Import_Mendeley``'s
``hasImportedFiles`` and ``queueFileCleanup`` (``chrome/content/zotero/import/mendeley/
mendeleyImport.mjs``) as Python.
"""

from _zotero import value_query

from edi_migrations.changes import AddRows

CHANGES = (
    # upstream's point: the cleanup is queued as a setting
    AddRows("settings"),
)


def upgrade(conn):
    has_imported_files = bool(value_query(conn, "SELECT itemID FROM itemRelations JOIN relationPredicates USING (predicateID) " + "WHERE predicate='mendeleyDB:fileHash' LIMIT 1"))
    if has_imported_files:
        conn.execute("INSERT INTO settings VALUES ('mImport', 'cleanup', 1)")
