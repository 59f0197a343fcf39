"""Zotero userdata step 81 (``_migrateUserDataSchema``, ``else if (i == 81)``), ported:
``libraries`` rebuilt: ``lastStorageSync`` gives way to ``storageVersion`` (0); the
``storage_*`` version rows deleted.
"""

from _zotero import compatibility_changes, legacy_alter_table, update_compatibility

from edi_migrations.changes import DeleteRows, DropColumn

LINT_ACKNOWLEDGED = {
    "EM109": "upstream renames a table aside with the legacy behaviour so that other tables' "
    "foreign keys keep naming the original (step 118 turns it off again)"
}

CHANGES = (
    *compatibility_changes(2),
    # upstream's point: the last storage sync time is no longer kept
    DropColumn("libraries", "lastStorageSync"),
    # upstream's point: the file-sync versions moved out of the version table
    DeleteRows("version", where="schema LIKE 'storage_%'"),
)


def upgrade(conn):
    legacy_alter_table(conn)
    update_compatibility(conn, 2)

    conn.execute("ALTER TABLE libraries RENAME TO librariesOld")
    conn.execute("CREATE TABLE libraries (\n    libraryID INTEGER PRIMARY KEY,\n    type TEXT NOT NULL,\n    editable INT NOT NULL,\n    filesEditable INT NOT NULL,\n    version INT NOT NULL DEFAULT 0,\n    storageVersion INT NOT NULL DEFAULT 0,\n    lastSync INT NOT NULL DEFAULT 0\n)")
    conn.execute("INSERT INTO libraries SELECT libraryID, type, editable, filesEditable, version, 0, lastSync FROM librariesOld")
    conn.execute("DROP TABLE librariesOld")

    conn.execute("DELETE FROM version WHERE schema LIKE ?", ["storage_%"])
