"""AntennaPod ``DBUpgrader``: ``if (oldVersion <= 10)``: ``flattr_status`` of feeds and items, ``FeedMedia.played_duration``."""


def upgrade(conn):
    conn.execute("ALTER TABLE Feeds ADD COLUMN flattr_status INTEGER")
    conn.execute("ALTER TABLE FeedItems ADD COLUMN flattr_status INTEGER")
    conn.execute("ALTER TABLE FeedMedia ADD COLUMN played_duration INTEGER")
