"""Signal Desktop ``ts/sql/migrations/76-optimize-convo-open-2.ts``, ported: its ``db.exec`` SQL as written
(trailing blanks trimmed; its ``${Number.MAX_SAFE_INTEGER}`` as the 9007199254740991 it holds), run by ``conn.executescript``.
"""

from edi_migrations.changes import DropColumn, DropObject

CHANGES = (
    # upstream's point: a message that never expires has expiresAt MAX_SAFE_INTEGER, not NULL
    DropColumn("messages", "expiresAt"),
    # its index made again as messages_expires_at ("Note the "s" at the end of "messages"")
    DropObject("index", "message_expires_at"),
)


def upgrade(conn):
    conn.executescript(
        r"""
    -- Re-created below
    DROP INDEX IF EXISTS message_expires_at;
    DROP INDEX IF EXISTS messages_preview;

    -- Create non-null expiresAt column
    ALTER TABLE messages
      DROP COLUMN expiresAt;

    ALTER TABLE messages
      ADD COLUMN
      expiresAt INT
      GENERATED ALWAYS
      AS (ifnull(
        expirationStartTimestamp + (expireTimer * 1000),
        9007199254740991
      ));

    -- Re-create indexes
    -- Note the "s" at the end of "messages"
    CREATE INDEX messages_expires_at ON messages (
      expiresAt
    );

    -- Note that expiresAt is intentionally dropped from the index since
    -- expiresAt > $now is likely to be true so we just try selecting it
    -- *after* ordering by received_at/sent_at.
    CREATE INDEX messages_preview ON messages
      (conversationId, shouldAffectPreview, isGroupLeaveEventFromOther,
       received_at, sent_at);
    CREATE INDEX messages_preview_without_story ON messages
      (conversationId, shouldAffectPreview, isGroupLeaveEventFromOther,
       received_at, sent_at) WHERE storyId IS NULL;
"""
    )
