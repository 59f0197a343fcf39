"""Kanboard ``version_52``: each subtask time-tracking entry gets its ``time_spent``."""


def upgrade(conn):
    conn.execute("ALTER TABLE subtask_time_tracking ADD COLUMN time_spent REAL DEFAULT 0")
