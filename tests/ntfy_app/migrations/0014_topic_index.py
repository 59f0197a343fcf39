"""ntfy ``server/message_cache.go``, `migrateFrom12` (schema version 12 to 13): indexes `topic` again.

`migrate12To13AlterMessagesTableQuery`, as written; `migrateFrom12` runs it with one `tx.Exec` in a Go transaction of its own.
"""

from edi_migrations.changes import Recompute

# ntfy's own bookkeeping: `schemaVersion`'s one row (id 1) records the version this step reaches.
CHANGES = (
    Recompute("schemaVersion", "version", expression="CASE WHEN id = 1 THEN 13 ELSE version END"),
)


def upgrade(conn):
    conn.executescript(
        r"""
		CREATE INDEX IF NOT EXISTS idx_topic ON messages (topic);
	"""
    )
    conn.execute("UPDATE schemaVersion SET version = ? WHERE id = 1", (13,))
