"""memos ``0.21/00__user_description.sql``: ``user.description``."""


def upgrade(conn):
    conn.execute(
        """
        ALTER TABLE user ADD COLUMN description TEXT NOT NULL DEFAULT ""
        """
    )
