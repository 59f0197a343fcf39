"""Kanboard ``version_6``: board columns get a work-in-progress ``task_limit``."""


def upgrade(conn):
    conn.execute("ALTER TABLE columns ADD COLUMN task_limit INTEGER DEFAULT '0'")
