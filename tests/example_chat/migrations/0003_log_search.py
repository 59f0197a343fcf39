"""Search over prompts and replies: an FTS5 index whose content is the log itself.

The index stores no text of its own (``content='log'``) and is kept in step with the
log by three triggers, as sqlite-utils' ``enable_fts(create_triggers=True)`` sets up.
"""


def upgrade(conn):
    conn.execute(
        "CREATE VIRTUAL TABLE log_fts USING fts5(prompt, reply, content='log', content_rowid='id')"
    )
    conn.execute("INSERT INTO log_fts (log_fts) VALUES ('rebuild')")
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


def downgrade(conn):
    for trigger in ("log_ai", "log_ad", "log_au"):
        conn.execute(f"DROP TRIGGER {trigger}")
    conn.execute("DROP TABLE log_fts")
