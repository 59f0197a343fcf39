"""Kanboard ``version_16``: project categories, and the ``category_id`` of each task."""


def upgrade(conn):
    conn.execute(
        """
        CREATE TABLE project_has_categories (
            id INTEGER PRIMARY KEY,
            name TEXT COLLATE NOCASE NOT NULL,
            project_id INTEGER NOT NULL,
            UNIQUE (project_id, name),
            FOREIGN KEY(project_id) REFERENCES projects(id) ON DELETE CASCADE
        )"""
    )
    conn.execute("ALTER TABLE tasks ADD COLUMN category_id INTEGER DEFAULT 0")
