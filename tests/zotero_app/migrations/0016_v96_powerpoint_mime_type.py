"""Zotero userdata step 96 (``_migrateUserDataSchema``, ``else if (i == 96)``), ported:
PowerPoint's MIME type for the presentation file type (7).
"""

from edi_migrations.changes import AddRows, DeleteRows

CHANGES = (
    # upstream's point: the row is written again (REPLACE: a delete and an insert)
    DeleteRows("fileTypeMimeTypes", where="fileTypeID = 7 AND mimeType = 'application/vnd.ms-powerpoint'"),
    AddRows("fileTypeMimeTypes"),
)


def upgrade(conn):
    conn.execute("REPLACE INTO fileTypeMIMETypes VALUES(7, 'application/vnd.ms-powerpoint')")
