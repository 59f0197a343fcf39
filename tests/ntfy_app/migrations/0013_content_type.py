"""ntfy ``server/message_cache.go``, `migrateFrom11` (schema version 11 to 12): adds `content_type`.

`migrate11To12AlterMessagesTableQuery`, as written; `migrateFrom11` runs it with one `tx.Exec` in a Go transaction of its own.
"""

from edi_migrations.changes import Recompute

# ntfy's own bookkeeping: `schemaVersion`'s one row (id 1) records the version this step reaches.
CHANGES = (
    Recompute("schemaVersion", "version", expression="CASE WHEN id = 1 THEN 12 ELSE version END"),
)


def upgrade(conn):
    conn.executescript(
        r"""
		ALTER TABLE messages ADD COLUMN content_type TEXT NOT NULL DEFAULT('');
	"""
    )
    conn.execute("UPDATE schemaVersion SET version = ? WHERE id = 1", (12,))
