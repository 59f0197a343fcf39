"""Kanboard ``version_60``: users get two-factor authentication (flag and secret)."""


def upgrade(conn):
    conn.execute("ALTER TABLE users ADD COLUMN twofactor_activated INTEGER DEFAULT 0")
    conn.execute("ALTER TABLE users ADD COLUMN twofactor_secret TEXT")
