"""Kanboard ``version_40``: users get their own ``timezone`` and ``language``."""


def upgrade(conn):
    conn.execute("ALTER TABLE users ADD COLUMN timezone TEXT")
    conn.execute("ALTER TABLE users ADD COLUMN language TEXT")
