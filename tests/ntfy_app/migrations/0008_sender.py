"""ntfy ``server/message_cache.go``, `migrateFrom6` (schema version 6 to 7): renames `attachment_owner` to `sender`.

`migrate6To7AlterMessagesTableQuery`, as written; `migrateFrom6` runs it with one `db.Exec`.
"""

from edi_migrations.changes import Recompute, RenameColumn

# ntfy's own bookkeeping: `schemaVersion`'s one row (id 1) records the version this step reaches.
CHANGES = (
    # upstream's point: the attachment owner (an IP address) is the message's sender
    RenameColumn("messages", "attachment_owner", "sender"),
    Recompute("schemaVersion", "version", expression="CASE WHEN id = 1 THEN 7 ELSE version END"),
)


def upgrade(conn):
    conn.executescript(
        r"""
		ALTER TABLE messages RENAME COLUMN attachment_owner TO sender;
	"""
    )
    conn.execute("UPDATE schemaVersion SET version = ? WHERE id = 1", (7,))
