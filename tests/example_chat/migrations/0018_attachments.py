"""Attachments (images, audio, files) sent with a prompt, by URL, path or content."""


def upgrade(conn):
    conn.execute(
        """
        CREATE TABLE attachments (
            id TEXT PRIMARY KEY,
            type TEXT,
            path TEXT,
            url TEXT,
            content BLOB
        )
        """
    )
    conn.execute(
        """
        CREATE TABLE log_attachments (
            log_id INTEGER REFERENCES logs(id),
            attachment_id TEXT REFERENCES attachments(id),
            position INTEGER,
            PRIMARY KEY (log_id, attachment_id)
        )
        """
    )


def downgrade(conn):
    conn.execute("DROP TABLE log_attachments")
    conn.execute("DROP TABLE attachments")
