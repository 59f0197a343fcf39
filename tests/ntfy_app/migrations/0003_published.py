"""ntfy ``server/message_cache.go``, `migrateFrom1` (schema version 1 to 2): adds `published` (scheduled messages): every message so far was published.

`migrate1To2AlterMessagesTableQuery`, as written; `migrateFrom1` runs it with one `db.Exec`.
"""

from edi_migrations.changes import Recompute

# ntfy's own bookkeeping: `schemaVersion`'s one row (id 1) records the version this step reaches.
CHANGES = (
    Recompute("schemaVersion", "version", expression="CASE WHEN id = 1 THEN 2 ELSE version END"),
)


def upgrade(conn):
    conn.executescript(
        r"""
		ALTER TABLE messages ADD COLUMN published INT NOT NULL DEFAULT(1);
	"""
    )
    conn.execute("UPDATE schemaVersion SET version = ? WHERE id = 1", (2,))
