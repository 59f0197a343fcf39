"""The notes app's own upgrade code, as it shipped for a year before edi-migrations:
each step gated on ``PRAGMA user_version``. The specs make "users' files" with it at
v1-v4; ``migrations/0001``-``0004`` are these steps ported, ``0005`` the first new one."""

import sqlite3

NOW = "strftime('%Y-%m-%dT%H:%M:%fZ', 'now')"
STEPS = (
    f"""
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
    """,
    f"""
    CREATE TABLE sync_log (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        entity TEXT NOT NULL,
        entity_id TEXT NOT NULL,
        op TEXT NOT NULL CHECK (op IN ('insert', 'update', 'delete')),
        at TEXT NOT NULL DEFAULT ({NOW})
    );
    CREATE TRIGGER notes_log_insert AFTER INSERT ON notes
    BEGIN
        INSERT INTO sync_log (entity, entity_id, op) VALUES ('note', new.id, 'insert');
    END;
    CREATE TRIGGER notes_log_update AFTER UPDATE OF body, deleted_at ON notes
    BEGIN
        INSERT INTO sync_log (entity, entity_id, op) VALUES ('note', new.id,
            CASE WHEN new.deleted_at IS NOT NULL AND old.deleted_at IS NULL
                 THEN 'delete' ELSE 'update' END);
    END;
    """,
    """
    CREATE TABLE note_tags (
        note_id TEXT NOT NULL REFERENCES notes(id),
        tag TEXT NOT NULL COLLATE NOCASE,
        PRIMARY KEY (note_id, tag)
    ) WITHOUT ROWID;
    CREATE INDEX notes_pinned ON notes (json_extract(body, '$.pinned'))
        WHERE deleted_at IS NULL;
    """,
    """
    ALTER TABLE notes ADD COLUMN title TEXT
        GENERATED ALWAYS AS (json_extract(body, '$.title')) VIRTUAL;
    CREATE TABLE devices (
        device_id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        last_seq INTEGER NOT NULL DEFAULT 0,
        last_synced_at TEXT
    ) STRICT;
    """,
)


def migrate(conn: sqlite3.Connection, to: int = len(STEPS)) -> None:
    """``if version < N: ...`` for each step up to ``to``, each in its own transaction."""
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    for number, step in enumerate(STEPS[:to], start=1):
        if version < number:
            conn.executescript(f"BEGIN; {step} PRAGMA user_version = {number}; COMMIT;")
