"""AntennaPod ``DBUpgrader``: ``if (oldVersion <= 3)``: ``FeedItems.item_identifier``."""


def upgrade(conn):
    conn.execute("ALTER TABLE FeedItems ADD COLUMN item_identifier TEXT")
