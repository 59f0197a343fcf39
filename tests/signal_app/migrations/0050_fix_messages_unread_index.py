"""Signal Desktop ``ts/sql/migrations/50-fix-messages-unread-index.ts``, ported: its ``db.exec`` SQL as written
(trailing blanks trimmed), run by ``conn.executescript``.
"""


def upgrade(conn):
    conn.executescript(
        r"""
      DROP INDEX messages_unread;

      -- Note: here we move to the modern isStory/storyId fields and add received_at/sent_at.
      CREATE INDEX messages_unread ON messages
        (conversationId, readStatus, isStory, storyId, received_at, sent_at) WHERE readStatus IS NOT NULL;
"""
    )
