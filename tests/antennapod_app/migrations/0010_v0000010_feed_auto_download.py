"""AntennaPod ``DBUpgrader``: ``if (oldVersion <= 9)``: ``Feeds.auto_download``."""


def upgrade(conn):
    conn.execute("ALTER TABLE Feeds ADD COLUMN auto_download INTEGER DEFAULT 1")
