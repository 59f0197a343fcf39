"""Kanboard ``version_33``: one ``project_activities`` stream replaces the three event tables.

Upstream drops the task, subtask and comment histories without copying them: the new
activity stream starts empty.
"""

from edi_migrations.changes import DropTable

# The old histories are given up on purpose (upstream copies none of their rows).
CHANGES = (
    DropTable("task_has_events"),
    DropTable("comment_has_events"),
    DropTable("subtask_has_events"),
)


def upgrade(conn):
    conn.execute(
        """
        CREATE TABLE project_activities (
            id INTEGER PRIMARY KEY,
            date_creation INTEGER NOT NULL,
            event_name TEXT NOT NULL,
            creator_id INTEGER NOT NULL,
            project_id INTEGER NOT NULL,
            task_id INTEGER NOT NULL,
            data TEXT,
            FOREIGN KEY(creator_id) REFERENCES users(id) ON DELETE CASCADE,
            FOREIGN KEY(project_id) REFERENCES projects(id) ON DELETE CASCADE,
            FOREIGN KEY(task_id) REFERENCES tasks(id) ON DELETE CASCADE
        )
        """
    )
    conn.execute("DROP TABLE task_has_events")
    conn.execute("DROP TABLE comment_has_events")
    conn.execute("DROP TABLE subtask_has_events")
