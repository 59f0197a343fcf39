"""Kanboard ``version_8``: task ``comments``.

As upstream wrote it: ``user_id`` references ``tasks(id)``, a slip that ``version_11``
corrects by rebuilding the table with the reference to ``users(id)``.
"""


def upgrade(conn):
    conn.execute(
        """CREATE TABLE comments (
            id INTEGER PRIMARY KEY,
            task_id INTEGER,
            user_id INTEGER,
            date INTEGER,
            comment TEXT,
            FOREIGN KEY(task_id) REFERENCES tasks(id) ON DELETE CASCADE,
            FOREIGN KEY(user_id) REFERENCES tasks(id) ON DELETE CASCADE
        )"""
    )
