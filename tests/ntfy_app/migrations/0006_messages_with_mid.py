"""ntfy ``server/message_cache.go``, `migrateFrom4` (schema version 4 to 5): rebuilds messages: the message id moves to `mid`, `id` becomes an autoincrement key.

`migrate4To5AlterMessagesTableQuery`, as written, but for the lines below; `migrateFrom4` runs it with one `db.Exec`.

Upstream's `BEGIN;` / `COMMIT;` around the statements are left out (the runner owns the
step's transaction and denies both); every other statement is as written.
"""

from edi_migrations.changes import Backfill, ChangeType, DropConstraint, Recompute

# upstream's point: the rebuilt table is written as ntfy's create query writes it, without the
# DEFAULTs its ALTERs added (ntfy's insert writes every column)
_DEFAULTS_DROPPED = (
    "title", "priority", "tags", "published", "click", "attachment_name", "attachment_type",
    "attachment_size", "attachment_expires", "attachment_owner", "attachment_url", "encoding",
)

CHANGES = (
    # upstream's point: the message id (text) moves to the new `mid`; `id` becomes an
    # autoincrement key, numbered in the order `INSERT ... SELECT ... FROM messages` read the
    # rows (rowid order)
    Backfill("messages", "mid", expression="id"),
    ChangeType(
        "messages",
        "id",
        "INTEGER",
        expression="(SELECT COUNT(*) FROM messages AS m WHERE m.rowid <= messages.rowid)",
    ),
    *(DropConstraint("messages", "default", column=column) for column in _DEFAULTS_DROPPED),
    # ntfy's own bookkeeping: `schemaVersion`'s one row (id 1) records the version reached
    Recompute("schemaVersion", "version", expression="CASE WHEN id = 1 THEN 5 ELSE version END"),
)


def upgrade(conn):
    conn.executescript(
        r"""
		CREATE TABLE IF NOT EXISTS messages_new (
			id INTEGER PRIMARY KEY AUTOINCREMENT,
			mid TEXT NOT NULL,
			time INT NOT NULL,
			topic TEXT NOT NULL,
			message TEXT NOT NULL,
			title TEXT NOT NULL,
			priority INT NOT NULL,
			tags TEXT NOT NULL,
			click TEXT NOT NULL,
			attachment_name TEXT NOT NULL,
			attachment_type TEXT NOT NULL,
			attachment_size INT NOT NULL,
			attachment_expires INT NOT NULL,
			attachment_url TEXT NOT NULL,
			attachment_owner TEXT NOT NULL,
			encoding TEXT NOT NULL,
			published INT NOT NULL
		);
		CREATE INDEX IF NOT EXISTS idx_mid ON messages_new (mid);
		CREATE INDEX IF NOT EXISTS idx_topic ON messages_new (topic);
		INSERT
			INTO messages_new (
				mid, time, topic, message, title, priority, tags, click, attachment_name, attachment_type,
				attachment_size, attachment_expires, attachment_url, attachment_owner, encoding, published)
			SELECT
				id, time, topic, message, title, priority, tags, click, attachment_name, attachment_type,
				attachment_size, attachment_expires, attachment_url, attachment_owner, encoding, published
			FROM messages;
		DROP TABLE messages;
		ALTER TABLE messages_new RENAME TO messages;
	"""
    )
    conn.execute("UPDATE schemaVersion SET version = ? WHERE id = 1", (5,))
