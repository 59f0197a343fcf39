"""``reply`` becomes ``response``, as the app's API and export call it.

FTS5 reads an external-content row by its own column names, so the search index and
its triggers are dropped before the rename and built again over ``response`` after it.
"""

from edi_migrations.changes import RenameColumn

CHANGES = (
    RenameColumn("logs", "reply", "response"),
    RenameColumn("logs_fts", "reply", "response"),  # the index's column, rebuilt under it
)

TRIGGERS = (
    """
    CREATE TRIGGER logs_ai AFTER INSERT ON logs BEGIN
        INSERT INTO logs_fts (rowid, prompt, response) VALUES (new.id, new.prompt, new.response);
    END
    """,
    """
    CREATE TRIGGER logs_ad AFTER DELETE ON logs BEGIN
        INSERT INTO logs_fts (logs_fts, rowid, prompt, response)
        VALUES ('delete', old.id, old.prompt, old.response);
    END
    """,
    """
    CREATE TRIGGER logs_au AFTER UPDATE ON logs BEGIN
        INSERT INTO logs_fts (logs_fts, rowid, prompt, response)
        VALUES ('delete', old.id, old.prompt, old.response);
        INSERT INTO logs_fts (rowid, prompt, response) VALUES (new.id, new.prompt, new.response);
    END
    """,
)


def upgrade(conn):
    for trigger in ("logs_ai", "logs_ad", "logs_au"):
        conn.execute(f"DROP TRIGGER {trigger}")
    conn.execute("DROP TABLE logs_fts")
    conn.execute("ALTER TABLE logs RENAME COLUMN reply TO response")
    conn.execute(
        "CREATE VIRTUAL TABLE logs_fts USING fts5("
        "prompt, response, content='logs', content_rowid='id')"
    )
    conn.execute("INSERT INTO logs_fts (logs_fts) VALUES ('rebuild')")
    for trigger in TRIGGERS:
        conn.execute(trigger)
