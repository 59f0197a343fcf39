"""Kanboard ``version_5``: tasks get a ``score`` (their complexity)."""


def upgrade(conn):
    conn.execute("ALTER TABLE tasks ADD COLUMN score INTEGER")
