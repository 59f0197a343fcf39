"""AntennaPod ``DBUpgrader``: ``if (oldVersion < 1040002)``: ``FeedMedia.last_played_time``."""


def upgrade(conn):
    conn.execute("ALTER TABLE FeedMedia ADD COLUMN last_played_time INTEGER DEFAULT 0")
