"""AntennaPod ``DBUpgrader``: ``if (oldVersion <= 11)``: ``Feeds.username`` and ``password``, ``FeedItems.image``."""


def upgrade(conn):
    conn.execute("ALTER TABLE Feeds ADD COLUMN username TEXT")
    conn.execute("ALTER TABLE Feeds ADD COLUMN password TEXT")
    conn.execute("ALTER TABLE FeedItems ADD COLUMN image INTEGER")
