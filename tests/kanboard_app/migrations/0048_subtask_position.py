"""Kanboard ``version_48``: subtasks get a ``position``, numbered 1, 2, ... within each task.

Upstream walks every subtask ordered by task and id in PHP, restarting at 1 on each new
task, and updates them one by one: the same walk here.
"""

from edi_migrations.changes import Backfill

# The new column numbers each task's subtasks in id order, on purpose.
CHANGES = (
    Backfill(
        "subtasks",
        "position",
        expression=(
            "(SELECT count(*) FROM subtasks AS s "
            "WHERE s.task_id = subtasks.task_id AND s.id <= subtasks.id)"
        ),
    ),
)


def upgrade(conn):
    conn.execute("ALTER TABLE subtasks ADD COLUMN position INTEGER DEFAULT 1")
    task_id = 0
    position = 1
    rows = conn.execute("SELECT id, task_id FROM subtasks ORDER BY task_id, id ASC").fetchall()
    for subtask_id, subtask_task_id in rows:
        if task_id != subtask_task_id:
            position = 1
            task_id = subtask_task_id
        conn.execute("UPDATE subtasks SET position=? WHERE id=?", (position, subtask_id))
        position += 1
