"""Signal Desktop ``ts/sql/migrations/index.ts``, ``updateToSchemaVersion33``, ported: its
``db.exec`` SQL as written (trailing blanks trimmed), run by ``conn.executescript``.
"""

from edi_migrations.changes import DropObject

CHANGES = (
    # replaced by message_expires_at and outgoing_messages_without_expiration_start_timestamp
    DropObject("index", "messages_expires_at"),
    DropObject("index", "messages_without_timer"),
)


def upgrade(conn):
    conn.executescript(
        r"""
      -- These indexes should exist, but we add "IF EXISTS" for safety.
      DROP INDEX IF EXISTS messages_expires_at;
      DROP INDEX IF EXISTS messages_without_timer;

      ALTER TABLE messages
      ADD COLUMN
      expiresAt INT
      GENERATED ALWAYS
      AS (expirationStartTimestamp + (expireTimer * 1000));

      CREATE INDEX message_expires_at ON messages (
        expiresAt
      );

      CREATE INDEX outgoing_messages_without_expiration_start_timestamp ON messages (
        expireTimer, expirationStartTimestamp, type
      )
      WHERE expireTimer IS NOT NULL AND expirationStartTimestamp IS NULL;
"""
    )
