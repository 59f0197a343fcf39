"""AntennaPod ``DBUpgrader``: ``if (oldVersion <= 7)``: ``FeedMedia.playback_completion_date``."""


def upgrade(conn):
    conn.execute("ALTER TABLE FeedMedia ADD COLUMN playback_completion_date INTEGER")
