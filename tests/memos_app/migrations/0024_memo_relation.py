"""memos ``0.13/00__memo_relation.sql``: the ``memo_relation`` table."""


def upgrade(conn):
    conn.execute(
        """
        -- memo_relation
        CREATE TABLE memo_relation (
          memo_id INTEGER NOT NULL,
          related_memo_id INTEGER NOT NULL,
          type TEXT NOT NULL,
          UNIQUE(memo_id, related_memo_id, type)
        )
        """
    )
