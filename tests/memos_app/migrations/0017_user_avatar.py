"""memos ``0.11/00__user_avatar.sql``: ``user.avatar_url``."""


def upgrade(conn):
    conn.execute(
        """
        ALTER TABLE
          user
        ADD
          COLUMN avatar_url TEXT NOT NULL DEFAULT ''
        """
    )
