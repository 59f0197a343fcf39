"""memos ``0.14/01__create_indexes.sql``: five indexes on ``user``, ``memo`` and ``resource``."""


def upgrade(conn):
    conn.execute(
        """
        CREATE INDEX IF NOT EXISTS idx_user_username ON user (username)
        """
    )
    conn.execute(
        """
        CREATE INDEX IF NOT EXISTS idx_memo_creator_id ON memo (creator_id)
        """
    )
    conn.execute(
        """
        CREATE INDEX IF NOT EXISTS idx_memo_content ON memo (content)
        """
    )
    conn.execute(
        """
        CREATE INDEX IF NOT EXISTS idx_memo_visibility ON memo (visibility)
        """
    )
    conn.execute(
        """
        CREATE INDEX IF NOT EXISTS idx_resource_creator_id ON resource (creator_id)
        """
    )
