"""Kanboard ``version_21``: tasks get a ``creator_id`` and a ``date_modification``."""


def upgrade(conn):
    conn.execute("ALTER TABLE tasks ADD COLUMN creator_id INTEGER DEFAULT '0'")
    conn.execute("ALTER TABLE tasks ADD COLUMN date_modification INTEGER DEFAULT '0'")
