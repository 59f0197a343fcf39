"""Signal Desktop ``ts/sql/migrations/56-add-unseen-to-message.ts``, ported: its ``db.exec``
SQL as written (trailing blanks trimmed; its ``${SeenStatus.Unseen}``, ``${ReadStatus.Unread}``
and ``${ReadStatus.Read}`` as the 1, 1 and 0 they hold), run by ``conn.executescript``.
"""

from _read_status import read_after, unseen_after

from edi_migrations.changes import Backfill, Recompute

CHANGES = (
    # upstream's point: an unread message a user sees as unread is now "unseen" (the new
    # column, DEFAULT 0), and an unread message of any other type is marked read
    Backfill("messages", "seenStatus", expression=unseen_after("messages.readStatus", "0")),
    Recompute("messages", "readStatus", read_after("messages.readStatus")),
)


def upgrade(conn):
    conn.executescript(
        r"""
      --- Add column to messages table

      ALTER TABLE messages ADD COLUMN seenStatus NUMBER default 0;

      --- Add index to make searching on this field easy

      CREATE INDEX messages_unseen_no_story ON messages
        (conversationId, seenStatus, isStory, received_at, sent_at)
        WHERE
          seenStatus IS NOT NULL;

      CREATE INDEX messages_unseen_with_story ON messages
        (conversationId, seenStatus, isStory, storyId, received_at, sent_at)
        WHERE
          seenStatus IS NOT NULL;

      --- Update seenStatus to UnseenStatus.Unseen for certain messages
      --- (NULL included because 'timer-notification' in 1:1 convos had type = NULL)

      UPDATE messages
        SET
          seenStatus = 1
        WHERE
          readStatus = 1 AND
          (
            type IS NULL
            OR
            type IN (
              'call-history',
              'change-number-notification',
              'chat-session-refreshed',
              'delivery-issue',
              'group',
              'incoming',
              'keychange',
              'timer-notification',
              'verified-change'
            )
          );

      --- Set readStatus to ReadStatus.Read for all other message types

      UPDATE messages
        SET
          readStatus = 0
        WHERE
          readStatus = 1 AND
          type IS NOT NULL AND
          type NOT IN (
            'call-history',
            'change-number-notification',
            'chat-session-refreshed',
            'delivery-issue',
            'group',
            'incoming',
            'keychange',
            'timer-notification',
            'verified-change'
          );
"""
    )
