"""Kanboard ``version_63``: the daily column summaries get a ``score``."""


def upgrade(conn):
    conn.execute("ALTER TABLE project_daily_summaries ADD COLUMN score INTEGER NOT NULL DEFAULT 0")
