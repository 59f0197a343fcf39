"""Signal Desktop ``ts/sql/migrations/70-story-reply-index.ts``, ported: its ``db.exec`` SQL as written
(trailing blanks trimmed), run by ``conn.executescript``.
"""


def upgrade(conn):
    conn.executescript(
        r"""
    CREATE INDEX messages_by_storyId ON messages (storyId);
"""
    )
