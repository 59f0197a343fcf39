"""Kanboard ``version_4``: the configuration gets a ``timezone``, UTC by default."""


def upgrade(conn):
    conn.execute("ALTER TABLE config ADD COLUMN timezone TEXT DEFAULT 'UTC'")
