"""How long each message is in tokens, for the context-window gauge: a view calling the
app's ``approx_tokens()``, which the app registers on its connections."""


def upgrade(conn):
    conn.execute(
        "CREATE VIEW message_sizes AS "
        "SELECT id, conversation_id, role, approx_tokens(content) AS tokens FROM messages"
    )


def downgrade(conn):
    conn.execute("DROP VIEW message_sizes")
