"""memos ``0.24/00__memo.sql``: three ``memo`` indexes dropped, and ``memo.tags``."""

from edi_migrations.changes import DropColumn, DropObject

# The file's purpose: deprecated indexes and the tags column go.
CHANGES = (
    DropObject("index", "idx_memo_tags"),
    DropObject("index", "idx_memo_content"),
    DropObject("index", "idx_memo_visibility"),
    DropColumn("memo", "tags"),
)


def upgrade(conn):
    conn.execute(
        """
        -- Remove deprecated indexes.
        DROP INDEX IF EXISTS idx_memo_tags
        """
    )
    conn.execute(
        """
        DROP INDEX IF EXISTS idx_memo_content
        """
    )
    conn.execute(
        """
        DROP INDEX IF EXISTS idx_memo_visibility
        """
    )
    conn.execute(
        """
        -- Drop deprecated tags column.
        ALTER TABLE memo DROP COLUMN tags
        """
    )
