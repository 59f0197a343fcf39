"""Kanboard ``version_9``: tasks get a due date, ``date_due``."""


def upgrade(conn):
    conn.execute("ALTER TABLE tasks ADD COLUMN date_due INTEGER")
