"""The chat number is gone: ``conversation_id`` replaced it, and the app no longer writes it.

A rebuild without the column. The table's triggers and indexes are read from the schema
before the old table goes and created again afterwards (all but the index on the
dropped column), so the search index stays in step.
"""

from edi_migrations.changes import DropColumn, DropObject

CHANGES = (DropColumn("logs", "chat_id"), DropObject("index", "idx_log_chat_id"))


def upgrade(conn):
    kept = conn.execute(
        "SELECT sql FROM sqlite_master WHERE tbl_name = 'logs' AND type IN ('index', 'trigger') "
        "AND sql IS NOT NULL AND name != 'idx_log_chat_id' ORDER BY type, name"
    ).fetchall()
    conn.execute(
        """
        CREATE TABLE new_logs (
            id INTEGER PRIMARY KEY,
            model TEXT,
            prompt TEXT,
            system TEXT,
            response TEXT,
            duration_ms TEXT,
            created TEXT,
            options_json TEXT,
            conversation_id TEXT REFERENCES conversations(id)
        )
        """
    )
    conn.execute(
        """
        INSERT INTO new_logs (id, model, prompt, system, response, duration_ms, created,
                              options_json, conversation_id)
        SELECT rowid, model, prompt, system, response, duration_ms, created,
               options_json, conversation_id
        FROM logs
        """
    )
    conn.execute("DROP TABLE logs")
    conn.execute("ALTER TABLE new_logs RENAME TO logs")
    conn.execute("CREATE INDEX idx_logs_conversation_id ON logs (conversation_id)")
    for (sql,) in kept:
        conn.execute(sql)
