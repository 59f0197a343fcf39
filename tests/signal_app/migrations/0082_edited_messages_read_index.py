"""Signal Desktop ``ts/sql/migrations/82-edited-messages-read-index.ts``, ported: its ``db.exec`` SQL as written
(trailing blanks trimmed), run by ``conn.executescript``.
"""

from edi_migrations.changes import DropColumn

CHANGES = (
    # upstream's point: an edit is found by its conversation now, not by its sender
    DropColumn("edited_messages", "fromId"),
)


def upgrade(conn):
    conn.executescript(
        r"""
    ALTER TABLE edited_messages DROP COLUMN fromId;
    ALTER TABLE edited_messages ADD COLUMN conversationId STRING;

    CREATE INDEX edited_messages_unread ON edited_messages (readStatus, conversationId);
"""
    )
