"""Kanboard ``version_55``: ``transitions``, each move of a task from a column to another."""


def upgrade(conn):
    conn.execute(
        """CREATE TABLE transitions (
        "id" INTEGER PRIMARY KEY,
        "user_id" INTEGER NOT NULL,
        "project_id" INTEGER NOT NULL,
        "task_id" INTEGER NOT NULL,
        "src_column_id" INTEGER NOT NULL,
        "dst_column_id" INTEGER NOT NULL,
        "date" INTEGER NOT NULL,
        "time_spent" INTEGER DEFAULT 0,
        FOREIGN KEY(src_column_id) REFERENCES columns(id) ON DELETE CASCADE,
        FOREIGN KEY(dst_column_id) REFERENCES columns(id) ON DELETE CASCADE,
        FOREIGN KEY(user_id) REFERENCES users(id) ON DELETE CASCADE,
        FOREIGN KEY(project_id) REFERENCES projects(id) ON DELETE CASCADE,
        FOREIGN KEY(task_id) REFERENCES tasks(id) ON DELETE CASCADE
    )"""
    )
    conn.execute("CREATE INDEX transitions_task_index ON transitions(task_id)")
    conn.execute("CREATE INDEX transitions_project_index ON transitions(project_id)")
    conn.execute("CREATE INDEX transitions_user_index ON transitions(user_id)")
