"""memos ``0.22/01__memo_tags.sql``: ``memo.tags`` (a JSON array, default ``[]``) and its index."""


def upgrade(conn):
    conn.execute(
        """
        ALTER TABLE memo ADD COLUMN tags TEXT NOT NULL DEFAULT '[]'
        """
    )
    conn.execute(
        """
        CREATE INDEX idx_memo_tags ON memo (tags)
        """
    )
