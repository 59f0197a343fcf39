"""The thread view: every message with the root it hangs from and its depth, walked down
from each root by a recursive CTE (what the app's conversation pane reads)."""


def upgrade(conn):
    conn.execute(
        """
        CREATE VIEW message_threads AS
        WITH RECURSIVE walk (id, root_id, depth) AS (
            SELECT id, id, 0 FROM messages WHERE parent_id IS NULL
            UNION ALL
            SELECT messages.id, walk.root_id, walk.depth + 1
            FROM messages JOIN walk ON messages.parent_id = walk.id
        )
        SELECT walk.id, walk.root_id, walk.depth, messages.role, messages.content
        FROM walk JOIN messages ON messages.id = walk.id
        """
    )


def downgrade(conn):
    conn.execute("DROP VIEW message_threads")
