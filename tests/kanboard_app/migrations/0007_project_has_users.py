"""Kanboard ``version_7``: ``project_has_users``, the users allowed on each project."""


def upgrade(conn):
    conn.execute(
        """
        CREATE TABLE project_has_users (
            project_id INTEGER NOT NULL,
            user_id INTEGER NOT NULL,
            FOREIGN KEY(project_id) REFERENCES projects(id) ON DELETE CASCADE,
            FOREIGN KEY(user_id) REFERENCES users(id) ON DELETE CASCADE,
            UNIQUE(project_id, user_id)
        )
        """
    )
