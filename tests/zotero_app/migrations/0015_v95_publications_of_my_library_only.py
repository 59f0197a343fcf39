"""Zotero userdata step 95 (``_migrateUserDataSchema``, ``else if (i == 95)``), ported:
Items of other libraries leave My Publications.
"""

from edi_migrations.changes import DeleteRows

CHANGES = (
    # upstream's point: only My Library's items can be publications
    DeleteRows("publicationsItems", where="itemID NOT IN (SELECT itemID FROM items WHERE libraryID=1)"),
)


def upgrade(conn):
    conn.execute("DELETE FROM publicationsItems WHERE itemID NOT IN (SELECT itemID FROM items WHERE libraryID=1)")
