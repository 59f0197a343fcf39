"""Zotero userdata step 106 (``_migrateUserDataSchema``, ``else if (i == 106)``), ported:
Old triggers and the unused transaction tables dropped.
"""

from _zotero import compatibility_changes, update_compatibility

from edi_migrations.changes import DropTable

CHANGES = (
    *compatibility_changes(6),
    # upstream's point: the transaction log of Zotero 1.0 is gone
    DropTable("transactionSets"),
    DropTable("transactions"),
    DropTable("transactionLog"),
)


def upgrade(conn):
    update_compatibility(conn, 6)

    conn.execute("DROP TRIGGER IF EXISTS insert_date_field")
    conn.execute("DROP TRIGGER IF EXISTS update_date_field")
    conn.execute("DROP TRIGGER IF EXISTS fki_itemAttachments")
    conn.execute("DROP TRIGGER IF EXISTS fku_itemAttachments")
    conn.execute("DROP TRIGGER IF EXISTS fki_itemNotes")
    conn.execute("DROP TRIGGER IF EXISTS fku_itemNotes")

    conn.execute("DROP TABLE IF EXISTS transactionSets")
    conn.execute("DROP TABLE IF EXISTS transactions")
    conn.execute("DROP TABLE IF EXISTS transactionLog")
