"""AntennaPod ``DBUpgrader``: ``if (oldVersion < 1070400)``: ``Feeds.feed_playback_speed``,
its DEFAULT ``SPEED_USE_GLOBAL`` (a Java ``float`` -1, concatenated as ``-1.0``)."""


def upgrade(conn):
    conn.execute("ALTER TABLE Feeds ADD COLUMN feed_playback_speed REAL DEFAULT -1.0")
