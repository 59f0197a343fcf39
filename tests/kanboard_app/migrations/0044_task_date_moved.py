"""Kanboard ``version_44``: tasks get ``date_moved``, filled from the project activities.

The latest ``task.create`` or ``task.move.column`` activity of each task; where there is
none (or it is 0), the task's creation date.
"""

from edi_migrations.changes import Backfill

# The new column is filled from the activities, then from the creation date, on purpose.
CHANGES = (
    Backfill(
        "tasks",
        "date_moved",
        expression=(
            "coalesce(nullif((SELECT max(date_creation) FROM project_activities "
            "WHERE task_id = tasks.id AND event_name IN ('task.create', 'task.move.column')), "
            "0), date_creation)"
        ),
    ),
)


def upgrade(conn):
    conn.execute("ALTER TABLE tasks ADD COLUMN date_moved INTEGER DEFAULT 0")
    conn.execute(
        """UPDATE tasks
                SET date_moved = (
                    SELECT md
                    FROM (
                        SELECT task_id, max(date_creation) md
                        FROM project_activities
                        WHERE event_name IN ('task.create', 'task.move.column')
                        GROUP BY task_id
                    ) src
                    WHERE id = src.task_id
                )
                WHERE (date_moved IS NULL OR date_moved = 0) AND id IN (
                    SELECT task_id
                    FROM (
                        SELECT task_id, max(date_creation) md
                        FROM project_activities
                        WHERE event_name IN ('task.create', 'task.move.column')
                        GROUP BY task_id
                    ) src
                )"""
    )
    conn.execute(
        "UPDATE tasks SET date_moved = date_creation WHERE date_moved IS NULL OR date_moved = 0"
    )
