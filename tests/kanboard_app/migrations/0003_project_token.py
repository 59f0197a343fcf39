"""Kanboard ``version_3``: projects get a ``token`` (for their public board link)."""


def upgrade(conn):
    conn.execute("ALTER TABLE projects ADD COLUMN token TEXT")
