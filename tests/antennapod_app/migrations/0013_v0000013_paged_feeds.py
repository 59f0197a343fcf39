"""AntennaPod ``DBUpgrader``: ``if (oldVersion <= 12)``: ``Feeds.is_paged`` and ``next_page_link``."""


def upgrade(conn):
    conn.execute("ALTER TABLE Feeds ADD COLUMN is_paged INTEGER DEFAULT 0")
    conn.execute("ALTER TABLE Feeds ADD COLUMN next_page_link TEXT")
