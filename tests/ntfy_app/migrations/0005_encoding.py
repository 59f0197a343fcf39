"""ntfy ``server/message_cache.go``, `migrateFrom3` (schema version 3 to 4): adds `encoding`.

`migrate3To4AlterMessagesTableQuery`, as written; `migrateFrom3` runs it with one `db.Exec`.
"""

from edi_migrations.changes import Recompute

# ntfy's own bookkeeping: `schemaVersion`'s one row (id 1) records the version this step reaches.
CHANGES = (
    Recompute("schemaVersion", "version", expression="CASE WHEN id = 1 THEN 4 ELSE version END"),
)


def upgrade(conn):
    conn.executescript(
        r"""
		ALTER TABLE messages ADD COLUMN encoding TEXT NOT NULL DEFAULT('');
	"""
    )
    conn.execute("UPDATE schemaVersion SET version = ? WHERE id = 1", (4,))
