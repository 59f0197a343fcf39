"""Tags per note (a WITHOUT ROWID link table) and an index for the pinned list
(the app's `if version < 3` step)."""


LINT_ACKNOWLEDGED = {"EM001": "JSON1 is compiled into every SQLite the app ran on since its first release"}


def upgrade(conn):
    conn.executescript("""
    CREATE TABLE note_tags (
        note_id TEXT NOT NULL REFERENCES notes(id),
        tag TEXT NOT NULL COLLATE NOCASE,
        PRIMARY KEY (note_id, tag)
    ) WITHOUT ROWID;
    CREATE INDEX notes_pinned ON notes (json_extract(body, '$.pinned'))
        WHERE deleted_at IS NULL;
    PRAGMA user_version = 3;
    """)
