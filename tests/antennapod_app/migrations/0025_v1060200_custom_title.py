"""AntennaPod ``DBUpgrader``: ``if (oldVersion < 1060200)``: ``Feeds.custom_title``."""


def upgrade(conn):
    conn.execute("ALTER TABLE Feeds ADD COLUMN custom_title TEXT")
