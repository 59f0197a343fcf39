"""Zotero userdata step 110 (``_migrateUserDataSchema``, ``else if (i == 110)``), ported:
Attachments and notes that are their own parent lose the parent.
"""

from edi_migrations.changes import Recompute

CHANGES = (
    # upstream's point: an item cannot be its own parent
    Recompute("itemAttachments", "parentItemID", expression="CASE WHEN itemID = parentItemID THEN NULL ELSE parentItemID END"),
    Recompute("itemNotes", "parentItemID", expression="CASE WHEN itemID = parentItemID THEN NULL ELSE parentItemID END"),
)


def upgrade(conn):
    conn.execute("UPDATE itemAttachments SET parentItemID=NULL WHERE itemID=parentItemID")
    conn.execute("UPDATE itemNotes SET parentItemID=NULL WHERE itemID=parentItemID")
