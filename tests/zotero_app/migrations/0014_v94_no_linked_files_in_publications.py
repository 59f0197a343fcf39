"""Zotero userdata step 94 (``_migrateUserDataSchema``, ``else if (i == 94)``), ported:
Linked files leave My Publications (their items marked unsynced, modified now).
"""

from edi_migrations.changes import DeleteRows, MigrationTime, Recompute

CHANGES = (
    # upstream's point: a linked file cannot be a publication
    DeleteRows("publicationsItems", where="itemID IN (SELECT itemID FROM items JOIN itemAttachments USING (itemID) WHERE linkMode=2)"),
    # upstream's point: the items it took out are to be synced again
    Recompute("items", "synced", expression="CASE WHEN itemID IN (SELECT itemID FROM publicationsItems WHERE itemID IN (SELECT itemID FROM items JOIN itemAttachments USING (itemID) WHERE linkMode=2)) THEN 0 ELSE synced END"),
    # upstream's point: the items it took out are modified now. It stamps the linked files
    # of My Publications; the condition names every linked file, because two runs compare
    # these rows after the step, when My Publications no longer lists them
    MigrationTime("items", "clientDateModified", where="itemID IN (SELECT itemID FROM itemAttachments WHERE linkMode=2)"),
)


def upgrade(conn):
    ids = [row[0] for row in conn.execute("SELECT itemID FROM publicationsItems WHERE itemID IN (SELECT itemID FROM items JOIN itemAttachments USING (itemID) WHERE linkMode=2)")]
    for id in ids:
        conn.execute("UPDATE items SET synced=0, clientDateModified=CURRENT_TIMESTAMP WHERE itemID=?", [id])
    conn.execute("DELETE FROM publicationsItems WHERE itemID IN (SELECT itemID FROM items JOIN itemAttachments USING (itemID) WHERE linkMode=2)")
