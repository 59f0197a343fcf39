"""Kanboard ``version_65``: projects get an ``identifier`` (a short code)."""


def upgrade(conn):
    conn.execute("ALTER TABLE projects ADD COLUMN identifier TEXT DEFAULT ''")
