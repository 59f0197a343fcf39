"""ntfy ``server/message_cache.go``, `migrateFrom10` (schema version 10 to 11): creates `stats` with a message counter.

`migrate10To11AlterMessagesTableQuery`, as written; `migrateFrom10` runs it with one `tx.Exec` in a Go transaction of its own.
"""

from edi_migrations.changes import Recompute

# ntfy's own bookkeeping: `schemaVersion`'s one row (id 1) records the version this step reaches.
CHANGES = (
    Recompute("schemaVersion", "version", expression="CASE WHEN id = 1 THEN 11 ELSE version END"),
)


def upgrade(conn):
    conn.executescript(
        r"""
		CREATE TABLE IF NOT EXISTS stats (
			key TEXT PRIMARY KEY,
			value INT
		);
		INSERT INTO stats (key, value) VALUES ('messages', 0);
	"""
    )
    conn.execute("UPDATE schemaVersion SET version = ? WHERE id = 1", (11,))
