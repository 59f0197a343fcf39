"""AntennaPod ``DBUpgrader``: ``if (oldVersion <= 2)``: ``SimpleChapters.link``."""


def upgrade(conn):
    conn.execute("ALTER TABLE SimpleChapters ADD COLUMN link TEXT")
