"""Signal Desktop ``ts/sql/migrations/index.ts``, ``updateToSchemaVersion39``, ported: its
``db.exec`` SQL as written (trailing blanks trimmed), run by ``conn.executescript``.
"""

from edi_migrations.changes import RenameColumn

CHANGES = (
    # upstream renames unread to readStatus
    RenameColumn("messages", "unread", "readStatus"),
)


def upgrade(conn):
    conn.executescript(
        r"""
ALTER TABLE messages RENAME COLUMN unread TO readStatus;
"""
    )
