"""Signal Desktop ``ts/sql/migrations/52-optimize-stories.ts``, ported: its ``db.exec`` SQL as written
(trailing blanks trimmed), run by ``conn.executescript``.
"""


def upgrade(conn):
    conn.executescript(
        r"""
      -- Create indices that don't have storyId in them so that
      -- '_storyIdPredicate' could be optimized.

      -- See migration 47
      CREATE INDEX messages_conversation_no_story_id ON messages
        (conversationId, isStory, received_at, sent_at);

      -- See migration 50
      CREATE INDEX messages_unread_no_story_id ON messages
        (conversationId, readStatus, isStory, received_at, sent_at)
        WHERE readStatus IS NOT NULL;
"""
    )
