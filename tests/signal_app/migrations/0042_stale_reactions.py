"""Signal Desktop ``ts/sql/migrations/42-stale-reactions.ts``, ported: its SQL as written (the
``messages`` delete trigger now deletes the message's reactions), and its loop as Python
doing the same: every reaction whose ``messageId`` names no message is deleted (upstream
batches the rowids; one statement per batch changes nothing here).
"""

from edi_migrations.changes import DeleteRows

CHANGES = (
    # upstream's point: reactions to messages that are gone are deleted
    DeleteRows("reactions", where="messageId IS NULL OR messageId NOT IN (SELECT id FROM messages WHERE id IS NOT NULL)"),
)


def upgrade(conn):
    conn.executescript(
        r"""
      DROP TRIGGER messages_on_delete;

      CREATE TRIGGER messages_on_delete AFTER DELETE ON messages BEGIN
        DELETE FROM messages_fts WHERE rowid = old.rowid;
        DELETE FROM sendLogPayloads WHERE id IN (
          SELECT payloadId FROM sendLogMessageIds
          WHERE messageId = old.id
        );
        DELETE FROM reactions WHERE rowid IN (
          SELECT rowid FROM reactions
          WHERE messageId = old.id
        );
      END;
"""
    )
    message_ids = {row[0] for row in conn.execute("SELECT id FROM messages ORDER BY id ASC;")}
    to_delete = [
        rowid
        for rowid, message_id in conn.execute("SELECT rowid, messageId FROM reactions;")
        if message_id not in message_ids
    ]
    for rowid in to_delete:
        conn.execute("DELETE FROM reactions WHERE rowid IN ( ? );", (rowid,))
