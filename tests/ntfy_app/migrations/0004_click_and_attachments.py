"""ntfy ``server/message_cache.go``, `migrateFrom2` (schema version 2 to 3): adds click and the attachment columns.

`migrate2To3AlterMessagesTableQuery`, as written, but for the lines below; `migrateFrom2` runs it with one `db.Exec`.

Upstream's `BEGIN;` / `COMMIT;` around the statements are left out (the runner owns the
step's transaction and denies both); every other statement is as written.
"""

from edi_migrations.changes import Recompute

# ntfy's own bookkeeping: `schemaVersion`'s one row (id 1) records the version this step reaches.
CHANGES = (
    Recompute("schemaVersion", "version", expression="CASE WHEN id = 1 THEN 3 ELSE version END"),
)


def upgrade(conn):
    conn.executescript(
        r"""
		ALTER TABLE messages ADD COLUMN click TEXT NOT NULL DEFAULT('');
		ALTER TABLE messages ADD COLUMN attachment_name TEXT NOT NULL DEFAULT('');
		ALTER TABLE messages ADD COLUMN attachment_type TEXT NOT NULL DEFAULT('');
		ALTER TABLE messages ADD COLUMN attachment_size INT NOT NULL DEFAULT('0');
		ALTER TABLE messages ADD COLUMN attachment_expires INT NOT NULL DEFAULT('0');
		ALTER TABLE messages ADD COLUMN attachment_owner TEXT NOT NULL DEFAULT('');
		ALTER TABLE messages ADD COLUMN attachment_url TEXT NOT NULL DEFAULT('');
	"""
    )
    conn.execute("UPDATE schemaVersion SET version = ? WHERE id = 1", (3,))
