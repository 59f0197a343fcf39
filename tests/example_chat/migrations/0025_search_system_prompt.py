"""Search covers system prompts too: the FTS5 index is built again with three columns.

An FTS5 table's columns cannot be altered: the index and its three sync triggers are
dropped and created again over ``system_prompt``, ``prompt`` and ``response``.
"""

from edi_migrations.changes import Backfill

# The index's new column reads each log's system prompt (external content).
CHANGES = (
    Backfill(
        "logs_fts",
        "system_prompt",
        expression="(SELECT system_prompt FROM logs WHERE logs.id = logs_fts.rowid)",
    ),
)

TRIGGERS = (
    """
    CREATE TRIGGER logs_ai AFTER INSERT ON logs BEGIN
        INSERT INTO logs_fts (rowid, system_prompt, prompt, response)
        VALUES (new.id, new.system_prompt, new.prompt, new.response);
    END
    """,
    """
    CREATE TRIGGER logs_ad AFTER DELETE ON logs BEGIN
        INSERT INTO logs_fts (logs_fts, rowid, system_prompt, prompt, response)
        VALUES ('delete', old.id, old.system_prompt, old.prompt, old.response);
    END
    """,
    """
    CREATE TRIGGER logs_au AFTER UPDATE ON logs BEGIN
        INSERT INTO logs_fts (logs_fts, rowid, system_prompt, prompt, response)
        VALUES ('delete', old.id, old.system_prompt, old.prompt, old.response);
        INSERT INTO logs_fts (rowid, system_prompt, prompt, response)
        VALUES (new.id, new.system_prompt, new.prompt, new.response);
    END
    """,
)


def upgrade(conn):
    for trigger in ("logs_ai", "logs_ad", "logs_au"):
        conn.execute(f"DROP TRIGGER {trigger}")
    conn.execute("DROP TABLE logs_fts")
    conn.execute(
        "CREATE VIRTUAL TABLE logs_fts USING fts5("
        "system_prompt, prompt, response, content='logs', content_rowid='id')"
    )
    conn.execute("INSERT INTO logs_fts (logs_fts) VALUES ('rebuild')")
    for trigger in TRIGGERS:
        conn.execute(trigger)
