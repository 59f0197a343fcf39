"""Zotero userdata step 122 (``_migrateUserDataSchema``, ``else if (i == 122)``), ported:
The ``ebook`` file type (8) with EPUB's MIME types.
"""

from edi_migrations.changes import AddRows, DeleteRows, Recompute

CHANGES = (
    # upstream's point: file type 8 is ebook (REPLACE: a delete and an insert)
    DeleteRows("fileTypes", where="fileTypeID = 8 OR fileType = 'ebook'"),
    AddRows("fileTypes"),
    Recompute("fileTypes", "fileType", expression="CASE WHEN fileTypeID = 8 THEN 'ebook' ELSE fileType END"),
    DeleteRows(
        "fileTypeMimeTypes",
        where="fileTypeID = 8 AND mimeType IN ('application/epub+zip', 'application/epub')",
    ),
    AddRows("fileTypeMimeTypes"),
)


def upgrade(conn):
    conn.execute("REPLACE INTO fileTypes VALUES(8, 'ebook')")
    conn.execute("REPLACE INTO fileTypeMIMETypes VALUES(8, 'application/epub+zip')")
    # Incorrect, for compatibility
    conn.execute("REPLACE INTO fileTypeMIMETypes VALUES(8, 'application/epub')")
