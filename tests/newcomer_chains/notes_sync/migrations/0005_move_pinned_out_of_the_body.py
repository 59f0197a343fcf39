"""A note's pinned flag gets its own column, filled from the body's `$.pinned`.

Why: the list of pinned notes is the app's start screen; a column is cheaper to index
and sync than a JSON key. The v4 app still writes `$.pinned` in the body, so the key
stays there and two triggers copy it into the column whenever that app writes it.
"""

from __future__ import annotations

from edi_migrations.changes import Backfill, DropColumn
from edi_migrations.sqlite.dbapi import sqlite3

PINNED = "CASE WHEN json_extract(body, '$.pinned') THEN 1 ELSE 0 END"
CHANGES = (Backfill("notes", "pinned", expression=PINNED),)
DOWNGRADE_CHANGES = (DropColumn("notes", "pinned"),)
KEEPS_PREVIOUS_APP = True
LINT_ACKNOWLEDGED = {"EM001": "JSON1 is compiled into every SQLite the app ran on since its first release"}


NOW = "strftime('%Y-%m-%dT%H:%M:%fZ', 'now')"
# updated_at is the sync's clock: copying the body's flag into the column is no edit
TOUCH = f"""
CREATE TRIGGER notes_touch AFTER UPDATE ON notes
WHEN new.updated_at IS old.updated_at AND new.pinned IS old.pinned
BEGIN
    UPDATE notes SET updated_at = {NOW} WHERE id = new.id;
END"""
FROM_BODY = "CASE WHEN json_extract(new.body, '$.pinned') THEN 1 ELSE 0 END"


def upgrade(conn: sqlite3.Connection) -> None:
    columns = {row[1] for row in conn.execute("PRAGMA table_xinfo(notes)")}
    if "pinned" in columns:
        return  # applied already
    # the backfill is no edit by the user: keep updated_at (the sync's clock) as it is
    conn.execute("DROP TRIGGER notes_touch")
    conn.execute(
        "ALTER TABLE notes ADD COLUMN pinned INTEGER NOT NULL DEFAULT 0 CHECK (pinned IN (0, 1))"
    )
    conn.execute(f"UPDATE notes SET pinned = {PINNED}")
    conn.execute(TOUCH)
    conn.executescript(f"""
    CREATE INDEX notes_by_pinned ON notes (pinned) WHERE deleted_at IS NULL;
    CREATE TRIGGER notes_pinned_insert AFTER INSERT ON notes
    WHEN json_extract(new.body, '$.pinned') IS NOT NULL AND new.pinned IS NOT {FROM_BODY}
    BEGIN
        UPDATE notes SET pinned = {FROM_BODY} WHERE id = new.id;
    END;
    CREATE TRIGGER notes_pinned_body AFTER UPDATE OF body ON notes
    WHEN json_extract(new.body, '$.pinned') IS NOT NULL AND new.pinned IS NOT {FROM_BODY}
    BEGIN
        UPDATE notes SET pinned = {FROM_BODY} WHERE id = new.id;
    END;
    """)


def downgrade(conn: sqlite3.Connection) -> None:
    conn.executescript("""
    DROP TRIGGER notes_pinned_body;
    DROP TRIGGER notes_pinned_insert;
    DROP INDEX notes_by_pinned;
    DROP TRIGGER notes_touch;
    ALTER TABLE notes DROP COLUMN pinned;
    """)
    conn.execute(TOUCH.replace(" AND new.pinned IS old.pinned", ""))
