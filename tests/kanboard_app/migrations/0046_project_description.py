"""Kanboard ``version_46``: projects get a ``description``."""


def upgrade(conn):
    conn.execute("ALTER TABLE projects ADD COLUMN description TEXT")
