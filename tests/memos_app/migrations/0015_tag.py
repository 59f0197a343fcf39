"""memos ``0.9/00__tag.sql``: the ``tag`` table, unique on ``(name, creator_id)``."""


def upgrade(conn):
    conn.execute(
        """
        -- tag
        CREATE TABLE tag (
          name TEXT NOT NULL,
          creator_id INTEGER NOT NULL,
          UNIQUE(name, creator_id)
        )
        """
    )
