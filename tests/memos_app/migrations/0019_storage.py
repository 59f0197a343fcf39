"""memos ``0.11/02__storage.sql``: the ``storage`` table."""


def upgrade(conn):
    conn.execute(
        """
        -- storage
        CREATE TABLE storage (
          id INTEGER PRIMARY KEY AUTOINCREMENT,
          name TEXT NOT NULL,
          type TEXT NOT NULL,
          config TEXT NOT NULL DEFAULT '{}'
        )
        """
    )
