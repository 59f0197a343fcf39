"""Kanboard ``version_2``: tasks get ``date_completed``, set to the creation date of the
tasks already closed (``is_active=0``)."""

from edi_migrations.changes import Backfill

# The closed tasks' completion date is taken from their creation date, on purpose.
CHANGES = (
    Backfill("tasks", "date_completed", expression="CASE WHEN is_active=0 THEN date_creation END"),
)


def upgrade(conn):
    conn.execute("ALTER TABLE tasks ADD COLUMN date_completed INTEGER")
    conn.execute("UPDATE tasks SET date_completed=date_creation WHERE is_active=0")
