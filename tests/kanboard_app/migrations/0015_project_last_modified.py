"""Kanboard ``version_15``: projects get ``last_modified`` (boards refresh when it moves)."""


def upgrade(conn):
    conn.execute("ALTER TABLE projects ADD COLUMN last_modified INTEGER DEFAULT 0")
