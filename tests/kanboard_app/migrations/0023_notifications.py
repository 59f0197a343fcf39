"""Kanboard ``version_23``: e-mail notifications, switched on per user and per project."""


def upgrade(conn):
    conn.execute("ALTER TABLE users ADD COLUMN notifications_enabled INTEGER DEFAULT '0'")
    conn.execute(
        """
        CREATE TABLE user_has_notifications (
            user_id INTEGER NOT NULL,
            project_id INTEGER NOT NULL,
            FOREIGN KEY(user_id) REFERENCES users(id) ON DELETE CASCADE,
            FOREIGN KEY(project_id) REFERENCES projects(id) ON DELETE CASCADE,
            UNIQUE(project_id, user_id)
        );
        """
    )
