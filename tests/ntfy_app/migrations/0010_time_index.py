"""ntfy ``server/message_cache.go``, `migrateFrom8` (schema version 8 to 9): indexes `time`.

`migrate8To9AlterMessagesTableQuery`, as written; `migrateFrom8` runs it with one `db.Exec`.
"""

from edi_migrations.changes import Recompute

# ntfy's own bookkeeping: `schemaVersion`'s one row (id 1) records the version this step reaches.
CHANGES = (
    Recompute("schemaVersion", "version", expression="CASE WHEN id = 1 THEN 9 ELSE version END"),
)


def upgrade(conn):
    conn.executescript(
        r"""
		CREATE INDEX IF NOT EXISTS idx_time ON messages (time);
	"""
    )
    conn.execute("UPDATE schemaVersion SET version = ? WHERE id = 1", (9,))
