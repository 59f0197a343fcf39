"""Signal Desktop ``ts/sql/migrations/74-optimize-convo-open.ts``, ported: its ``db.exec`` SQL as written
(trailing blanks trimmed), run by ``conn.executescript``.
"""


def upgrade(conn):
    conn.executescript(
        r"""
    -- Previously: (isUserInitiatedMessage)
    DROP INDEX message_user_initiated;

    CREATE INDEX message_user_initiated ON messages (conversationId, isUserInitiatedMessage);

    -- Previously: (unread, conversationId)
    DROP INDEX reactions_unread;

    CREATE INDEX reactions_unread ON reactions (
      conversationId,
      unread
    );
"""
    )
