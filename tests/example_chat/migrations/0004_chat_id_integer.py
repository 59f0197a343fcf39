"""Chats are numbered: ``chat_id`` becomes INTEGER, and gets an index for the chat view.

Another ``transform()``-style rebuild. Dropping the old table drops the search
triggers on it, so they are created again on the new one; the FTS index itself is keyed
by ``id``, which the copy keeps.
"""

from edi_migrations.changes import ChangeType

CHANGES = (ChangeType("log", "chat_id", to="INTEGER"),)


def upgrade(conn):
    conn.execute(
        """
        CREATE TABLE new_log (
            id INTEGER PRIMARY KEY,
            model TEXT,
            prompt TEXT,
            system TEXT,
            reply TEXT,
            chat_id INTEGER,
            duration_ms TEXT,
            created TEXT
        )
        """
    )
    conn.execute(
        """
        INSERT INTO new_log (id, model, prompt, system, reply, chat_id, duration_ms, created)
        SELECT rowid, model, prompt, system, reply, chat_id, duration_ms, created FROM log
        """
    )
    conn.execute("DROP TABLE log")
    conn.execute("ALTER TABLE new_log RENAME TO log")
    conn.execute("CREATE INDEX idx_log_chat_id ON log (chat_id)")
    conn.execute(
        """
        CREATE TRIGGER log_ai AFTER INSERT ON log BEGIN
            INSERT INTO log_fts (rowid, prompt, reply) VALUES (new.id, new.prompt, new.reply);
        END
        """
    )
    conn.execute(
        """
        CREATE TRIGGER log_ad AFTER DELETE ON log BEGIN
            INSERT INTO log_fts (log_fts, rowid, prompt, reply)
            VALUES ('delete', old.id, old.prompt, old.reply);
        END
        """
    )
    conn.execute(
        """
        CREATE TRIGGER log_au AFTER UPDATE ON log BEGIN
            INSERT INTO log_fts (log_fts, rowid, prompt, reply)
            VALUES ('delete', old.id, old.prompt, old.reply);
            INSERT INTO log_fts (rowid, prompt, reply) VALUES (new.id, new.prompt, new.reply);
        END
        """
    )
