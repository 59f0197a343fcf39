"""memos ``0.22/02__memo_payload.sql``: ``memo.payload`` (JSON, default ``{}``)."""


def upgrade(conn):
    conn.execute(
        """
        ALTER TABLE memo ADD COLUMN payload TEXT NOT NULL DEFAULT '{}'
        """
    )
