"""AntennaPod ``DBUpgrader``: ``if (oldVersion < 3030000)``: ``FeedItems.podcastindex_transcript_url``
and ``podcastindex_transcript_type``."""


def upgrade(conn):
    conn.execute("ALTER TABLE FeedItems ADD COLUMN podcastindex_transcript_url TEXT")
    conn.execute("ALTER TABLE FeedItems ADD COLUMN podcastindex_transcript_type TEXT")
