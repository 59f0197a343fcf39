"""Kanboard ``version_37``: swimlanes, each task's ``swimlane_id`` and the default swimlane."""


def upgrade(conn):
    conn.execute(
        """
        CREATE TABLE swimlanes (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL,
            position INTEGER DEFAULT 1,
            is_active INTEGER DEFAULT 1,
            project_id INTEGER NOT NULL,
            FOREIGN KEY(project_id) REFERENCES projects(id) ON DELETE CASCADE,
            UNIQUE (name, project_id)
        )
        """
    )
    conn.execute("ALTER TABLE tasks ADD COLUMN swimlane_id INTEGER DEFAULT 0")
    conn.execute("ALTER TABLE projects ADD COLUMN default_swimlane TEXT DEFAULT 'Default swimlane'")
    conn.execute("ALTER TABLE projects ADD COLUMN show_default_swimlane INTEGER DEFAULT 1")
