"""Kanboard ``version_35``: ``project_daily_summaries``, tasks per column and day."""


def upgrade(conn):
    conn.execute(
        """
        CREATE TABLE project_daily_summaries (
            id INTEGER PRIMARY KEY,
            day TEXT NOT NULL,
            project_id INTEGER NOT NULL,
            column_id INTEGER NOT NULL,
            total INTEGER NOT NULL DEFAULT 0,
            FOREIGN KEY(column_id) REFERENCES columns(id) ON DELETE CASCADE,
            FOREIGN KEY(project_id) REFERENCES projects(id) ON DELETE CASCADE
        )
        """
    )
    conn.execute(
        "CREATE UNIQUE INDEX project_daily_column_stats_idx "
        "ON project_daily_summaries(day, project_id, column_id)"
    )
