"""Signal Desktop ``ts/sql/migrations/46-optimize-stories.ts``, ported: its ``db.exec`` SQL as written
(trailing blanks trimmed), run by ``conn.executescript``.
"""


def upgrade(conn):
    conn.executescript(
        r"""
    --- Add column to messages table

    ALTER TABLE messages
    ADD COLUMN
    isStory INTEGER
    GENERATED ALWAYS
    AS (type = 'story');

    --- Update important message indices

    DROP INDEX   messages_conversation;
    CREATE INDEX messages_conversation ON messages
      (conversationId, isStory, storyId, received_at, sent_at);
"""
    )
