"""memos ``0.22/03__drop_tag.sql``: the ``tag`` table dropped."""

from edi_migrations.changes import DropTable

# Tags live in the memo's content from 0.22 on: the tag table goes on purpose.
CHANGES = (DropTable("tag"),)


def upgrade(conn):
    conn.execute(
        """
        DROP TABLE tag
        """
    )
