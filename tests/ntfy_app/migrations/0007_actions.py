"""ntfy ``server/message_cache.go``, `migrateFrom5` (schema version 5 to 6): adds `actions`.

`migrate5To6AlterMessagesTableQuery`, as written; `migrateFrom5` runs it with one `db.Exec`.
"""

from edi_migrations.changes import Recompute

# ntfy's own bookkeeping: `schemaVersion`'s one row (id 1) records the version this step reaches.
CHANGES = (
    Recompute("schemaVersion", "version", expression="CASE WHEN id = 1 THEN 6 ELSE version END"),
)


def upgrade(conn):
    conn.executescript(
        r"""
		ALTER TABLE messages ADD COLUMN actions TEXT NOT NULL DEFAULT('');
	"""
    )
    conn.execute("UPDATE schemaVersion SET version = ? WHERE id = 1", (6,))
