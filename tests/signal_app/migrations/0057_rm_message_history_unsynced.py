"""Signal Desktop ``ts/sql/migrations/57-rm-message-history-unsynced.ts``, ported: its
``db.exec`` SQL as written (trailing blanks trimmed), run by ``conn.executescript``.
"""

from edi_migrations.changes import DeleteRows

CHANGES = (
    # upstream's point: the "message history unsynced" notices are no longer shown
    DeleteRows("messages", where="type IS 'message-history-unsynced'"),
)


def upgrade(conn):
    conn.executescript(
        r"""
    DELETE FROM messages
    WHERE type IS 'message-history-unsynced';
"""
    )
