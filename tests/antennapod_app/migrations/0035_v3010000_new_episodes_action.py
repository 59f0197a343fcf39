"""AntennaPod ``DBUpgrader``: ``if (oldVersion < 3010000)``: ``Feeds.new_episodes_action``."""


def upgrade(conn):
    conn.execute("ALTER TABLE Feeds ADD COLUMN new_episodes_action INTEGER DEFAULT 0")
