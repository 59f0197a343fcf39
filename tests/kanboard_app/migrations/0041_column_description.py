"""Kanboard ``version_41``: board columns get a ``description``."""


def upgrade(conn):
    conn.execute("ALTER TABLE columns ADD COLUMN description TEXT")
