"""AntennaPod ``DBUpgrader``: ``if (oldVersion <= 4)``: ``Feeds.feed_identifier``."""


def upgrade(conn):
    conn.execute("ALTER TABLE Feeds ADD COLUMN feed_identifier TEXT")
