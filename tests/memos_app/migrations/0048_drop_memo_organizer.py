"""memos ``0.26/01__drop_memo_organizer.sql``: the ``memo_organizer`` table dropped."""

from edi_migrations.changes import DropTable

# Pinning moved into memo.pinned at 0.24: memo_organizer goes on purpose.
CHANGES = (DropTable("memo_organizer"),)


def upgrade(conn):
    conn.execute(
        """
        DROP TABLE IF EXISTS memo_organizer
        """
    )
