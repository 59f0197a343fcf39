"""AntennaPod ``DBUpgrader``: ``if (oldVersion < 1040001)``: ``CREATE_TABLE_FAVORITES``."""


def upgrade(conn):
    conn.execute("CREATE TABLE Favorites(id INTEGER PRIMARY KEY,feeditem INTEGER,feed INTEGER)")
