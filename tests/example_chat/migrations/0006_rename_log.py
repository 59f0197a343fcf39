"""``log`` becomes ``logs``, the name the rest of the app's tables follow.

An external-content FTS5 table names its content table in its options, and a rename
does not rewrite them: the index over ``log`` is dropped with its triggers and built
again over ``logs`` as ``logs_fts``, under the names sqlite-utils would give them.
"""

from edi_migrations.changes import DropObject, DropTable, RenameTable

CHANGES = (
    RenameTable("log", "logs"),
    DropTable("log_fts"),
    DropObject("trigger", "log_ai"),
    DropObject("trigger", "log_ad"),
    DropObject("trigger", "log_au"),
)


def upgrade(conn):
    for trigger in ("log_ai", "log_ad", "log_au"):
        conn.execute(f"DROP TRIGGER {trigger}")
    conn.execute("DROP TABLE log_fts")
    conn.execute("ALTER TABLE log RENAME TO logs")
    conn.execute(
        "CREATE VIRTUAL TABLE logs_fts USING fts5(prompt, reply, content='logs', content_rowid='id')"
    )
    conn.execute("INSERT INTO logs_fts (logs_fts) VALUES ('rebuild')")
    conn.execute(
        """
        CREATE TRIGGER logs_ai AFTER INSERT ON logs BEGIN
            INSERT INTO logs_fts (rowid, prompt, reply) VALUES (new.id, new.prompt, new.reply);
        END
        """
    )
    conn.execute(
        """
        CREATE TRIGGER logs_ad AFTER DELETE ON logs BEGIN
            INSERT INTO logs_fts (logs_fts, rowid, prompt, reply)
            VALUES ('delete', old.id, old.prompt, old.reply);
        END
        """
    )
    conn.execute(
        """
        CREATE TRIGGER logs_au AFTER UPDATE ON logs BEGIN
            INSERT INTO logs_fts (logs_fts, rowid, prompt, reply)
            VALUES ('delete', old.id, old.prompt, old.reply);
            INSERT INTO logs_fts (rowid, prompt, reply) VALUES (new.id, new.prompt, new.reply);
        END
        """
    )
