"""Notes keyed by a text UUID, the body a JSON document, deleted as tombstones.

Ported from the app's `if version < 1` step; `updated_at` is kept by a trigger."""

NOW = "strftime('%Y-%m-%dT%H:%M:%fZ', 'now')"


LINT_ACKNOWLEDGED = {"EM001": "JSON1 is compiled into every SQLite the app ran on since its first release"}


def upgrade(conn):
    conn.executescript(f"""
    CREATE TABLE notes (
        id TEXT PRIMARY KEY NOT NULL,
        body TEXT NOT NULL CHECK (json_valid(body)),
        created_at TEXT NOT NULL DEFAULT ({NOW}),
        updated_at TEXT NOT NULL DEFAULT ({NOW}),
        deleted_at TEXT
    );
    CREATE TRIGGER notes_touch AFTER UPDATE ON notes
    WHEN new.updated_at IS old.updated_at
    BEGIN
        UPDATE notes SET updated_at = {NOW} WHERE id = new.id;
    END;
    PRAGMA user_version = 1;
    """)
