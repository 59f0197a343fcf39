"""AntennaPod ``DBUpgrader``: ``if (oldVersion < 2050000)``: ``Feeds.minimal_duration_filter``."""


def upgrade(conn):
    conn.execute("ALTER TABLE Feeds ADD COLUMN minimal_duration_filter INTEGER DEFAULT -1")
