"""ntfy ``server/message_cache.go``, `migrateFrom9` (schema version 9 to 10): adds user, attachment_deleted and expires (set from each message's time), and indexes.

`migrate9To10AlterMessagesTableQuery`, as written; `migrateFrom9` runs it with one `tx.Exec` in a Go transaction of its own,
then `migrate9To10UpdateMessageExpiryQuery` in the same transaction.
"""

from edi_migrations.changes import Backfill, Recompute

# ntfy binds the configured cache duration (`cache-duration`, default 12h: server/config.go's
# `DefaultCacheDuration`) into `migrate9To10UpdateMessageExpiryQuery`.
CACHE_DURATION_SECONDS = 12 * 60 * 60

# ntfy's own bookkeeping: `schemaVersion`'s one row (id 1) records the version this step reaches.
CHANGES = (
    # upstream's point: every message kept expires a cache duration after it was sent
    Backfill("messages", "expires", expression=f"time + {CACHE_DURATION_SECONDS}"),
    Recompute("schemaVersion", "version", expression="CASE WHEN id = 1 THEN 10 ELSE version END"),
)


def upgrade(conn):
    conn.executescript(
        r"""
		ALTER TABLE messages ADD COLUMN user TEXT NOT NULL DEFAULT('');
		ALTER TABLE messages ADD COLUMN attachment_deleted INT NOT NULL DEFAULT('0');
		ALTER TABLE messages ADD COLUMN expires INT NOT NULL DEFAULT('0');
		CREATE INDEX IF NOT EXISTS idx_expires ON messages (expires);
		CREATE INDEX IF NOT EXISTS idx_sender ON messages (sender);
		CREATE INDEX IF NOT EXISTS idx_user ON messages (user);
		CREATE INDEX IF NOT EXISTS idx_attachment_expires ON messages (attachment_expires);
	"""
    )
    conn.execute("UPDATE messages SET expires = time + ?", (CACHE_DURATION_SECONDS,))
    conn.execute("UPDATE schemaVersion SET version = ? WHERE id = 1", (10,))
