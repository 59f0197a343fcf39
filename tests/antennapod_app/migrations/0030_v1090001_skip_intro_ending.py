"""AntennaPod ``DBUpgrader``: ``if (oldVersion < 1090001)``: ``Feeds.feed_skip_intro`` and
``feed_skip_ending`` (upstream's trailing ``;`` kept)."""


def upgrade(conn):
    conn.execute("ALTER TABLE Feeds ADD COLUMN feed_skip_intro INTEGER DEFAULT 0;")
    conn.execute("ALTER TABLE Feeds ADD COLUMN feed_skip_ending INTEGER DEFAULT 0;")
