"""Kanboard ``version_11``: ``comments.user_id`` now references ``users(id)``.

The rebuild as upstream wrote it: the table renamed aside, created again, its rows copied
with ``SELECT *`` and the old one dropped.
"""

from edi_migrations.changes import ChangeConstraint

# The foreign key of comments.user_id moves from tasks(id) to users(id): the fix itself.
CHANGES = (ChangeConstraint("comments", "foreign key", column="user_id"),)
LINT_ACKNOWLEDGED = {
    "EM101": "at version 10 no foreign key, view or trigger names comments: the rename "
    "rewrites nothing (comment_has_events, which references it, comes at version 25)"
}


def upgrade(conn):
    conn.execute("ALTER TABLE comments RENAME TO comments_bak")
    conn.execute(
        """CREATE TABLE comments (
            id INTEGER PRIMARY KEY,
            task_id INTEGER,
            user_id INTEGER,
            date INTEGER,
            comment TEXT,
            FOREIGN KEY(task_id) REFERENCES tasks(id) ON DELETE CASCADE,
            FOREIGN KEY(user_id) REFERENCES users(id) ON DELETE CASCADE
        )"""
    )
    conn.execute("INSERT INTO comments SELECT * FROM comments_bak")
    conn.execute("DROP TABLE comments_bak")
