"""memos ``0.20/00__reaction.sql``: the ``reaction`` table."""


def upgrade(conn):
    conn.execute(
        """
        -- reaction
        CREATE TABLE reaction (
          id INTEGER PRIMARY KEY AUTOINCREMENT,
          created_ts BIGINT NOT NULL DEFAULT (strftime('%s', 'now')),
          creator_id INTEGER NOT NULL,
          content_id TEXT NOT NULL,
          reaction_type TEXT NOT NULL,
          UNIQUE(creator_id, content_id, reaction_type)
        )
        """
    )
