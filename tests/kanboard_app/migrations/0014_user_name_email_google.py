"""Kanboard ``version_14``: users get a ``name``, an ``email`` and a ``google_id``."""


def upgrade(conn):
    conn.execute("ALTER TABLE users ADD COLUMN name TEXT")
    conn.execute("ALTER TABLE users ADD COLUMN email TEXT")
    conn.execute("ALTER TABLE users ADD COLUMN google_id TEXT")
