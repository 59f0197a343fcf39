"""memos ``0.27/03__drop_activity.sql``: the ``activity`` table dropped."""

from edi_migrations.changes import DropTable

# The activity log goes on purpose (its inbox references were resolved at 0054).
CHANGES = (DropTable("activity"),)


def upgrade(conn):
    conn.execute(
        """
        DROP TABLE activity
        """
    )
