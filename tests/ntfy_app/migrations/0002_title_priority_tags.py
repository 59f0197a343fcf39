"""ntfy ``server/message_cache.go``, `migrateFrom0` (schema version 0 to 1): adds title, priority and tags to messages; ntfy's `schemaVersion` table is created here.

`migrate0To1AlterMessagesTableQuery`, as written, but for the lines below; `migrateFrom0` runs it with one `db.Exec`.

Upstream's `BEGIN;` / `COMMIT;` around the statements are left out (the runner owns the
step's transaction and denies both); every other statement is as written.
"""


def upgrade(conn):
    conn.executescript(
        r"""
		ALTER TABLE messages ADD COLUMN title TEXT NOT NULL DEFAULT('');
		ALTER TABLE messages ADD COLUMN priority INT NOT NULL DEFAULT(0);
		ALTER TABLE messages ADD COLUMN tags TEXT NOT NULL DEFAULT('');
	"""
    )
    conn.executescript(
        r"""
		CREATE TABLE IF NOT EXISTS schemaVersion (
			id INT PRIMARY KEY,
			version INT NOT NULL
		);
	"""
    )
    conn.execute("INSERT INTO schemaVersion VALUES (1, ?)", (1,))
