"""Signal Desktop ``ts/sql/migrations/83-mentions.ts``, ported: its ``db.exec`` SQL as written
(trailing blanks trimmed), run by ``conn.executescript``.
"""


def upgrade(conn):
    conn.executescript(
        r"""
      ALTER TABLE messages
        ADD COLUMN mentionsMe INTEGER NOT NULL DEFAULT 0;

      -- one which includes story data...
      CREATE INDEX messages_unread_mentions ON messages
        (conversationId, readStatus, mentionsMe, isStory, storyId, received_at, sent_at)
        WHERE readStatus IS NOT NULL;

      -- ...and one which doesn't, so storyPredicate works as expected
      CREATE INDEX messages_unread_mentions_no_story_id ON messages
        (conversationId, readStatus, mentionsMe, isStory, received_at, sent_at)
        WHERE isStory IS 0 AND readStatus IS NOT NULL;
"""
    )
