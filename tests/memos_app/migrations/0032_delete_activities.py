"""memos ``0.17/01__delete_activities.sql``: every ``activity`` row deleted."""

from edi_migrations.changes import DeleteRows

# Upstream empties the activity log on purpose.
CHANGES = (DeleteRows("activity", where="1"),)


def upgrade(conn):
    conn.execute(
        """
        DELETE FROM activity
        """
    )
