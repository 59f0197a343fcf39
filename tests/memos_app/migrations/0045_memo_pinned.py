"""memos ``0.24/01__memo_pinned.sql``: ``memo.pinned``, set where ``memo_organizer`` pinned the memo."""

from edi_migrations.changes import Backfill

# memo.pinned is filled from the memo_organizer rows that pinned the memo.
CHANGES = (
    Backfill(
        "memo",
        "pinned",
        expression="EXISTS (SELECT 1 FROM memo_organizer "
        "WHERE memo.id = memo_organizer.memo_id AND memo_organizer.pinned = 1)",
    ),
)


def upgrade(conn):
    conn.execute(
        """
        -- Add pinned column.
        ALTER TABLE memo ADD COLUMN pinned INTEGER NOT NULL CHECK (pinned IN (0, 1)) DEFAULT 0
        """
    )
    conn.execute(
        """
        -- Update pinned column from memo_organizer.
        UPDATE memo
        SET pinned = 1
        WHERE EXISTS (
            SELECT 1
            FROM memo_organizer
            WHERE memo.id = memo_organizer.memo_id AND memo_organizer.pinned = 1
        )
        """
    )
