"""Kanboard ``version_71``: users get a ``notifications_filter`` (4: every notification)."""


def upgrade(conn):
    conn.execute("ALTER TABLE users ADD COLUMN notifications_filter INTEGER DEFAULT 4")
