"""Per-conversation figures for the sidebar: exchanges, tokens both ways, last activity."""


def upgrade(conn):
    conn.execute(
        """
        CREATE VIEW conversation_stats AS
        SELECT conversations.id,
               conversations.name,
               count(logs.id) AS exchanges,
               sum(logs.input_tokens) AS input_tokens,
               sum(logs.output_tokens) AS output_tokens,
               max(logs.created) AS last_exchange
        FROM conversations LEFT JOIN logs ON logs.conversation_id = conversations.id
        GROUP BY conversations.id
        """
    )


def downgrade(conn):
    conn.execute("DROP VIEW conversation_stats")
