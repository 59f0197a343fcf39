"""AntennaPod ``DBUpgrader``: ``if (oldVersion <= 17)``: ``Feeds.auto_delete_action``."""


def upgrade(conn):
    conn.execute("ALTER TABLE Feeds ADD COLUMN auto_delete_action INTEGER DEFAULT 0")
