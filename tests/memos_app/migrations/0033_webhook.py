"""memos ``0.18/00__webhook.sql``: the ``webhook`` table and its ``creator_id`` index."""


def upgrade(conn):
    conn.execute(
        """
        -- webhook
        CREATE TABLE webhook (
          id INTEGER PRIMARY KEY AUTOINCREMENT,
          created_ts BIGINT NOT NULL DEFAULT (strftime('%s', 'now')),
          updated_ts BIGINT NOT NULL DEFAULT (strftime('%s', 'now')),
          row_status TEXT NOT NULL CHECK (row_status IN ('NORMAL', 'ARCHIVED')) DEFAULT 'NORMAL',
          creator_id INTEGER NOT NULL,
          name TEXT NOT NULL,
          url TEXT NOT NULL
        )
        """
    )
    conn.execute(
        """
        CREATE INDEX idx_webhook_creator_id ON webhook (creator_id)
        """
    )
