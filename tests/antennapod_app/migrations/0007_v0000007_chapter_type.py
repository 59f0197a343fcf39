"""AntennaPod ``DBUpgrader``: ``if (oldVersion <= 6)``: ``SimpleChapters.type``."""


def upgrade(conn):
    conn.execute("ALTER TABLE SimpleChapters ADD COLUMN type INTEGER")
