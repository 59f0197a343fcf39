"""Signal Desktop ``ts/sql/migrations/index.ts``, ``updateToSchemaVersion3``, ported: its
``db.exec`` SQL as written (trailing blanks trimmed), run by ``conn.executescript``.
"""

from edi_migrations.changes import DropObject

CHANGES = (
    # replaced by messages_without_timer
    DropObject("index", "messages_expiring"),
)


def upgrade(conn):
    conn.executescript(
        r"""
      DROP INDEX messages_expiring;
      DROP INDEX messages_unread;

      CREATE INDEX messages_without_timer ON messages (
        expireTimer,
        expires_at,
        type
      ) WHERE expires_at IS NULL AND expireTimer IS NOT NULL;

      CREATE INDEX messages_unread ON messages (
        conversationId,
        unread
      ) WHERE unread IS NOT NULL;

      ANALYZE;
"""
    )
