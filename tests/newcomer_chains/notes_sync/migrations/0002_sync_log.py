"""The sync log, filled by triggers on notes (the app's `if version < 2` step)."""


def upgrade(conn):
    conn.executescript("""
    CREATE TABLE sync_log (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        entity TEXT NOT NULL,
        entity_id TEXT NOT NULL,
        op TEXT NOT NULL CHECK (op IN ('insert', 'update', 'delete')),
        at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
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
    PRAGMA user_version = 2;
    """)
