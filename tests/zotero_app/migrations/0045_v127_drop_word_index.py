"""Zotero userdata step 127 (``_migrateUserDataSchema``, ``else if (i == 127)``), ported:
The old full-text word index dropped (FTS5 search replaces it; ``Zotero.Prefs.clear``
of ``vacuum.lastTime`` is a preference, not the database); ``savedSearchConditions``
rebuilt without ``required``.
"""

from _zotero import compatibility_changes, update_compatibility

from edi_migrations.changes import DropColumn, DropTable

CHANGES = (
    *compatibility_changes(9),
    # upstream's point: the word index is gone
    DropTable("fulltextItemWords"),
    DropTable("fulltextWords"),
    # upstream's point: the unused ``required`` column is gone
    DropColumn("savedSearchConditions", "required"),
)


def upgrade(conn):
    update_compatibility(conn, 9)

    conn.execute("DROP TABLE IF EXISTS fulltextItemWords")
    conn.execute("DROP TABLE IF EXISTS fulltextWords")

    conn.execute("ALTER TABLE savedSearchConditions RENAME TO savedSearchConditionsOld")
    conn.execute("CREATE TABLE savedSearchConditions (\n    savedSearchID INT NOT NULL,\n    searchConditionID INT NOT NULL,\n    condition TEXT NOT NULL,\n    operator TEXT,\n    value TEXT,\n    PRIMARY KEY (savedSearchID, searchConditionID),\n    FOREIGN KEY (savedSearchID) REFERENCES savedSearches(savedSearchID) ON DELETE CASCADE\n)")
    conn.execute("INSERT INTO savedSearchConditions SELECT savedSearchID, searchConditionID, condition, operator, value FROM savedSearchConditionsOld")
    conn.execute("DROP TABLE savedSearchConditionsOld")
