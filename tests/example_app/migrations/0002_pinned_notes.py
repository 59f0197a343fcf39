"""Notes can be pinned: a flag with a default, so existing notes need no backfill."""


def upgrade(conn):
    conn.execute(
        "ALTER TABLE notes ADD COLUMN pinned INT NOT NULL DEFAULT 0 CHECK (pinned IN (0, 1))"
    )
    conn.execute("CREATE INDEX idx_notes_pinned ON notes(pinned)")


def downgrade(conn):
    conn.execute("DROP INDEX idx_notes_pinned")
    conn.execute("ALTER TABLE notes DROP COLUMN pinned")
