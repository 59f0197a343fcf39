"""Signal Desktop ``ts/sql/migrations/index.ts``, ``updateToSchemaVersion34``, ported: its
``db.exec`` SQL as written (trailing blanks trimmed), run by ``conn.executescript``.
"""

from edi_migrations.changes import DropObject

CHANGES = (
    # renamed messages_unexpectedly_missing_expiration_start_timestamp
    DropObject("index", "outgoing_messages_without_expiration_start_timestamp"),
)


def upgrade(conn):
    conn.executescript(
        r"""
      -- This index should exist, but we add "IF EXISTS" for safety.
      DROP INDEX IF EXISTS outgoing_messages_without_expiration_start_timestamp;

      CREATE INDEX messages_unexpectedly_missing_expiration_start_timestamp ON messages (
        expireTimer, expirationStartTimestamp, type
      )
      WHERE expireTimer IS NOT NULL AND expirationStartTimestamp IS NULL;
"""
    )
