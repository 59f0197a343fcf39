"""AntennaPod ``DBUpgrader``: ``if (oldVersion < 1070401)``: ``Feeds.sort_order``."""


def upgrade(conn):
    conn.execute("ALTER TABLE Feeds ADD COLUMN sort_order TEXT")
