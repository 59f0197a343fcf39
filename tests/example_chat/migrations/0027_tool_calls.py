"""Tool calls a model made while answering: the tool, its arguments and what it returned,
each attached to the assistant message that asked for it."""


def upgrade(conn):
    conn.execute(
        """
        CREATE TABLE tool_calls (
            id TEXT PRIMARY KEY,
            message_id TEXT REFERENCES messages(id),
            name TEXT NOT NULL,
            arguments TEXT,
            output TEXT
        )
        """
    )
    conn.execute("CREATE INDEX idx_tool_calls_message_id ON tool_calls (message_id)")


def downgrade(conn):
    conn.execute("DROP TABLE tool_calls")
