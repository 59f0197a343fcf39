"""ntfy ``server/message_cache.go``, `migrateFrom7` (schema version 7 to 8): adds `icon`.

`migrate7To8AlterMessagesTableQuery`, as written; `migrateFrom7` runs it with one `db.Exec`.
"""

from edi_migrations.changes import Recompute

# ntfy's own bookkeeping: `schemaVersion`'s one row (id 1) records the version this step reaches.
CHANGES = (
    Recompute("schemaVersion", "version", expression="CASE WHEN id = 1 THEN 8 ELSE version END"),
)


def upgrade(conn):
    conn.executescript(
        r"""
		ALTER TABLE messages ADD COLUMN icon TEXT NOT NULL DEFAULT('');
	"""
    )
    conn.execute("UPDATE schemaVersion SET version = ? WHERE id = 1", (8,))
