"""memos ``0.13/01__remove_memo_organizer_id.sql``: ``memo_organizer`` rebuilt without its ``id`` column."""

from edi_migrations.changes import DropColumn

# The file's purpose: memo_organizer loses its id column.
CHANGES = (DropColumn("memo_organizer", "id"),)


def upgrade(conn):
    conn.execute(
        """
        DROP TABLE IF EXISTS memo_organizer_temp
        """
    )
    conn.execute(
        """
        CREATE TABLE memo_organizer_temp (
          memo_id INTEGER NOT NULL,
          user_id INTEGER NOT NULL,
          pinned INTEGER NOT NULL CHECK (pinned IN (0, 1)) DEFAULT 0,
          UNIQUE(memo_id, user_id)
        )
        """
    )
    conn.execute(
        """
        INSERT INTO
          memo_organizer_temp (memo_id, user_id, pinned)
        SELECT
          memo_id,
          user_id,
          pinned
        FROM
          memo_organizer
        """
    )
    conn.execute(
        """
        DROP TABLE memo_organizer
        """
    )
    conn.execute(
        """
        ALTER TABLE
          memo_organizer_temp RENAME TO memo_organizer
        """
    )
