"""Kanboard ``version_32``: tasks get ``date_started``, ``time_spent`` and ``time_estimated``."""


def upgrade(conn):
    conn.execute("ALTER TABLE tasks ADD COLUMN date_started INTEGER")
    conn.execute("ALTER TABLE tasks ADD COLUMN time_spent NUMERIC DEFAULT 0")
    conn.execute("ALTER TABLE tasks ADD COLUMN time_estimated NUMERIC DEFAULT 0")
