"""Signal Desktop ``ts/sql/migrations/index.ts``, ``updateToSchemaVersion38``, ported: its
``db.exec`` SQL as written (trailing blanks trimmed), run by ``conn.executescript``.
"""

from edi_migrations.changes import ChangeType, DropObject

CHANGES = (
    # upstream's point: sourceDevice made INTEGER (CAST), the old text kept NULL in deprecatedSourceDevice
    ChangeType("messages", "sourceDevice", to="INTEGER", expression="CAST(sourceDevice AS INTEGER)"),
    ChangeType("unprocessed", "sourceDevice", to="INTEGER", expression="CAST(sourceDevice AS INTEGER)"),
    DropObject("index", "messages_duplicate_check"),
)


def upgrade(conn):
    conn.executescript(
        r"""
      DROP INDEX IF EXISTS messages_duplicate_check;

      ALTER TABLE messages
        RENAME COLUMN sourceDevice TO deprecatedSourceDevice;
      ALTER TABLE messages
        ADD COLUMN sourceDevice INTEGER;

      UPDATE messages
      SET
        sourceDevice = CAST(deprecatedSourceDevice AS INTEGER),
        deprecatedSourceDevice = NULL;

      ALTER TABLE unprocessed
        RENAME COLUMN sourceDevice TO deprecatedSourceDevice;
      ALTER TABLE unprocessed
        ADD COLUMN sourceDevice INTEGER;

      UPDATE unprocessed
      SET
        sourceDevice = CAST(deprecatedSourceDevice AS INTEGER),
        deprecatedSourceDevice = NULL;
"""
    )
