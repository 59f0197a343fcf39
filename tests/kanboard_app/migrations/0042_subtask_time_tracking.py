"""Kanboard ``version_42``: subtask time tracking, its table and two settings."""

from edi_migrations.changes import AddRows

# Two new settings are two new rows of settings.
CHANGES = (AddRows("settings"),)


def upgrade(conn):
    insert = "INSERT INTO settings VALUES (?, ?)"
    conn.execute(insert, ("subtask_restriction", "0"))
    conn.execute(insert, ("subtask_time_tracking", "0"))
    conn.execute(
        """
        CREATE TABLE subtask_time_tracking (
            id INTEGER PRIMARY KEY,
            user_id INTEGER NOT NULL,
            subtask_id INTEGER NOT NULL,
            start INTEGER DEFAULT 0,
            end INTEGER DEFAULT 0,
            FOREIGN KEY(user_id) REFERENCES users(id) ON DELETE CASCADE,
            FOREIGN KEY(subtask_id) REFERENCES task_has_subtasks(id) ON DELETE CASCADE
        )
        """
    )
