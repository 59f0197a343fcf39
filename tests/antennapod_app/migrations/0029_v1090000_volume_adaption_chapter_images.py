"""AntennaPod ``DBUpgrader``: ``if (oldVersion < 1090000)``: ``Feeds.feed_volume_adaption``
and ``SimpleChapters.image_url``."""


def upgrade(conn):
    conn.execute("ALTER TABLE Feeds ADD COLUMN feed_volume_adaption INTEGER DEFAULT 0")
    conn.execute("ALTER TABLE SimpleChapters ADD COLUMN image_url TEXT DEFAULT NULL")
