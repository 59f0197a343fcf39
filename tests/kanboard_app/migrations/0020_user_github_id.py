"""Kanboard ``version_20``: users get a ``github_id`` (GitHub sign-in)."""


def upgrade(conn):
    conn.execute("ALTER TABLE users ADD COLUMN github_id TEXT")
