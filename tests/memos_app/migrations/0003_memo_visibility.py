"""memos ``0.2/01__memo_visibility.sql``: ``memo.visibility`` (``PUBLIC`` or ``PRIVATE``, default ``PRIVATE``)."""


def upgrade(conn):
    conn.execute(
        """
        ALTER TABLE
          memo
        ADD
          COLUMN visibility TEXT NOT NULL CHECK (visibility IN ('PUBLIC', 'PRIVATE')) DEFAULT 'PRIVATE'
        """
    )
