"""memos ``0.11/01__idp.sql``: the ``idp`` (identity provider) table."""


def upgrade(conn):
    conn.execute(
        """
        -- idp
        CREATE TABLE idp (
          id INTEGER PRIMARY KEY AUTOINCREMENT,
          name TEXT NOT NULL,
          type TEXT NOT NULL,
          identifier_filter TEXT NOT NULL DEFAULT '',
          config TEXT NOT NULL DEFAULT '{}'
        )
        """
    )
