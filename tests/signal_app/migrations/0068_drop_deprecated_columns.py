"""Signal Desktop ``ts/sql/migrations/68-drop-deprecated-columns.ts``, ported: its ``db.exec`` SQL as written
(trailing blanks trimmed), run by ``conn.executescript``.
"""

from edi_migrations.changes import DropColumn

CHANGES = (
    # upstream's point: the text source devices 38 kept aside are no longer read
    DropColumn("messages", "deprecatedSourceDevice"),
    DropColumn("unprocessed", "deprecatedSourceDevice"),
)


def upgrade(conn):
    conn.executescript(
        r"""
      ALTER TABLE messages
        DROP COLUMN deprecatedSourceDevice;
      ALTER TABLE unprocessed
        DROP COLUMN deprecatedSourceDevice;
"""
    )
