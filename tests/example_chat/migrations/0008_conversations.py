"""Chats become conversations with a text id, a name and the model they started with.

Each chat number found in the log becomes conversation ``chat-N``, and each logged
exchange points at its conversation through ``conversation_id`` (the app never turned
foreign keys on, so it is declared but not enforced).
"""

from edi_migrations.changes import Backfill

CHANGES = (Backfill("logs", "conversation_id", expression="'chat-' || chat_id"),)


def upgrade(conn):
    conn.execute(
        """
        CREATE TABLE conversations (
            id TEXT PRIMARY KEY,
            name TEXT NOT NULL DEFAULT '',
            model TEXT,
            created TEXT
        )
        """
    )
    conn.execute(
        """
        INSERT OR IGNORE INTO conversations (id, model, created)
        SELECT 'chat-' || chat_id, model, min(created) FROM logs
        WHERE chat_id IS NOT NULL
        GROUP BY 'chat-' || chat_id
        """
    )
    conn.execute("ALTER TABLE logs ADD COLUMN conversation_id TEXT REFERENCES conversations(id)")
    conn.execute("UPDATE logs SET conversation_id = 'chat-' || chat_id")
