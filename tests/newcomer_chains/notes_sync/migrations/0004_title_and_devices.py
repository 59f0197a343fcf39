"""A note's title read from its body (a VIRTUAL generated column) and the devices
it syncs with, a STRICT table (the app's `if version < 4` step)."""


LINT_ACKNOWLEDGED = {"EM001": "JSON1 is compiled into every SQLite the app ran on since its first release"}


def upgrade(conn):
    conn.executescript("""
    ALTER TABLE notes ADD COLUMN title TEXT
        GENERATED ALWAYS AS (json_extract(body, '$.title')) VIRTUAL;
    CREATE TABLE devices (
        device_id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        last_seq INTEGER NOT NULL DEFAULT 0,
        last_synced_at TEXT
    ) STRICT;
    PRAGMA user_version = 4;
    """)
