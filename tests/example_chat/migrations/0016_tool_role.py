"""Tool results are messages too: the role CHECK admits ``'tool'``.

A CHECK cannot be altered, so ``messages`` is rebuilt with its rows and row ids; its
self-reference names ``messages``, which is its name again once renamed. The views over
it are dropped first and created again from their saved SQL (a rename checks every view).
"""

from edi_migrations.changes import ChangeConstraint

CHANGES = (ChangeConstraint("messages", "check", column="role"),)


def upgrade(conn):
    saved = conn.execute(
        "SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL AND ("
        "(type IN ('index', 'trigger') AND tbl_name = 'messages') OR type = 'view') "
        "ORDER BY type = 'view', name"
    ).fetchall()
    for kind, name, _ in saved:
        if kind == "view":
            conn.execute(f"DROP VIEW {name}")
    conn.execute(
        """
        CREATE TABLE new_messages (
            id TEXT PRIMARY KEY,
            conversation_id TEXT REFERENCES conversations(id),
            parent_id TEXT REFERENCES messages(id),
            role TEXT NOT NULL CHECK (role IN ('system', 'user', 'assistant', 'tool')),
            content TEXT,
            created TEXT
        )
        """
    )
    conn.execute(
        """
        INSERT INTO new_messages (rowid, id, conversation_id, parent_id, role, content, created)
        SELECT rowid, id, conversation_id, parent_id, role, content, created FROM messages
        """
    )
    conn.execute("DROP TABLE messages")
    conn.execute("ALTER TABLE new_messages RENAME TO messages")
    for _, _, sql in saved:
        conn.execute(sql)
