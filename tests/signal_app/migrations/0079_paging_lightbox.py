"""Signal Desktop ``ts/sql/migrations/79-paging-lightbox.ts``, ported: its ``db.exec`` SQL as written
(trailing blanks trimmed), run by ``conn.executescript``.
"""


def upgrade(conn):
    conn.executescript(
        r"""
    DROP INDEX   messages_hasVisualMediaAttachments;
    CREATE INDEX messages_hasVisualMediaAttachments
      ON messages (
        conversationId, isStory, storyId,
        hasVisualMediaAttachments, received_at, sent_at
      )
      WHERE hasVisualMediaAttachments IS 1;
"""
    )
