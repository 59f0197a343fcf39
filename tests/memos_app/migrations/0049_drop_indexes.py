"""memos ``0.26/02__drop_indexes.sql``: four indexes dropped."""

from edi_migrations.changes import DropObject

# The file's purpose: four indexes go.
CHANGES = (
    DropObject("index", "idx_user_username"),
    DropObject("index", "idx_memo_creator_id"),
    DropObject("index", "idx_attachment_creator_id"),
    DropObject("index", "idx_attachment_memo_id"),
)


def upgrade(conn):
    conn.execute(
        """
        DROP INDEX IF EXISTS idx_user_username
        """
    )
    conn.execute(
        """
        DROP INDEX IF EXISTS idx_memo_creator_id
        """
    )
    conn.execute(
        """
        DROP INDEX IF EXISTS idx_attachment_creator_id
        """
    )
    conn.execute(
        """
        DROP INDEX IF EXISTS idx_attachment_memo_id
        """
    )
