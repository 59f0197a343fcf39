"""AntennaPod ``DBUpgrader``: ``if (oldVersion < 2060000)``: ``FeedItems.podcastindex_chapter_url``."""


def upgrade(conn):
    conn.execute("ALTER TABLE FeedItems ADD COLUMN podcastindex_chapter_url TEXT")
