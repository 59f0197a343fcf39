"""Durations become integers: the log stored milliseconds as text, '' when unknown.

Rebuilt with ``duration_ms INTEGER``; '' becomes NULL. Indexes and triggers (the search
index's among them) are read from the schema first and created again on the new table.
"""

from edi_migrations.changes import ChangeType

CHANGES = (ChangeType("logs", "duration_ms", to="INTEGER", expression="NULLIF(duration_ms, '')"),)


def upgrade(conn):
    kept = conn.execute(
        "SELECT sql FROM sqlite_master WHERE tbl_name = 'logs' AND type IN ('index', 'trigger') "
        "AND sql IS NOT NULL ORDER BY type, name"
    ).fetchall()
    conn.execute(
        """
        CREATE TABLE new_logs (
            id INTEGER PRIMARY KEY,
            model TEXT,
            prompt TEXT,
            system TEXT,
            response TEXT,
            duration_ms INTEGER,
            created TEXT,
            options_json TEXT,
            conversation_id TEXT REFERENCES conversations(id),
            input_tokens INTEGER,
            output_tokens INTEGER,
            schema_id TEXT REFERENCES schemas(id)
        )
        """
    )
    conn.execute(
        """
        INSERT INTO new_logs (id, model, prompt, system, response, duration_ms, created,
                              options_json, conversation_id, input_tokens, output_tokens,
                              schema_id)
        SELECT rowid, model, prompt, system, response, NULLIF(duration_ms, ''), created,
               options_json, conversation_id, input_tokens, output_tokens, schema_id
        FROM logs
        """
    )
    conn.execute("DROP TABLE logs")
    conn.execute("ALTER TABLE new_logs RENAME TO logs")
    for (sql,) in kept:
        conn.execute(sql)
