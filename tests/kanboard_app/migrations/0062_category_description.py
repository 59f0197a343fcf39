"""Kanboard ``version_62``: categories get a ``description``."""


def upgrade(conn):
    conn.execute("ALTER TABLE project_has_categories ADD COLUMN description TEXT")
