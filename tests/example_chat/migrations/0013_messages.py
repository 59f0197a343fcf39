"""Messages as a tree: each exchange becomes a user message and the assistant's answer.

A message's ``parent_id`` is the message it follows (the previous answer in its
conversation, or the prompt it answers), so edits and retries can branch later. Only
conversations that exist are linked: the log's dangling ids stay in the log.
"""


def upgrade(conn):
    conn.execute(
        """
        CREATE TABLE messages (
            id TEXT PRIMARY KEY,
            conversation_id TEXT REFERENCES conversations(id),
            parent_id TEXT REFERENCES messages(id),
            role TEXT NOT NULL CHECK (role IN ('system', 'user', 'assistant')),
            content TEXT,
            created TEXT
        )
        """
    )
    conn.execute("CREATE INDEX idx_messages_parent_id ON messages (parent_id)")
    conn.execute("CREATE INDEX idx_messages_conversation_id ON messages (conversation_id)")
    conn.execute(
        """
        INSERT INTO messages (id, conversation_id, parent_id, role, content, created)
        SELECT 'log-' || logs.id || '-user',
               conversations.id,
               CASE WHEN conversations.id IS NOT NULL THEN 'log-' || lag(logs.id) OVER (
                   PARTITION BY conversations.id ORDER BY logs.id) || '-assistant' END,
               'user', logs.prompt, logs.created
        FROM logs LEFT JOIN conversations ON conversations.id = logs.conversation_id
        """
    )
    conn.execute(
        """
        INSERT INTO messages (id, conversation_id, parent_id, role, content, created)
        SELECT 'log-' || logs.id || '-assistant', conversations.id,
               'log-' || logs.id || '-user', 'assistant', logs.response, logs.created
        FROM logs LEFT JOIN conversations ON conversations.id = logs.conversation_id
        """
    )
