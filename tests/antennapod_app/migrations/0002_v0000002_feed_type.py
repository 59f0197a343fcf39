"""AntennaPod ``DBUpgrader``: ``if (oldVersion <= 1)``: ``Feeds.type``."""


def upgrade(conn):
    conn.execute("ALTER TABLE Feeds ADD COLUMN type TEXT")
