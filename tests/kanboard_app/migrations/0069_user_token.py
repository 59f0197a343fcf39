"""Kanboard ``version_69``: users get a ``token`` (for their private feeds)."""


def upgrade(conn):
    conn.execute("ALTER TABLE users ADD COLUMN token TEXT DEFAULT ''")
