"""AntennaPod ``DBUpgrader``: ``if (oldVersion < 2020000)``: ``Feeds.episode_notification``."""


def upgrade(conn):
    conn.execute("ALTER TABLE Feeds ADD COLUMN episode_notification INTEGER DEFAULT 0;")
