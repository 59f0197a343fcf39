"""AntennaPod ``DBUpgrader``: ``if (oldVersion <= 5)``: ``DownloadLog.reason_detailed`` and ``title``."""


def upgrade(conn):
    conn.execute("ALTER TABLE DownloadLog ADD COLUMN reason_detailed TEXT")
    conn.execute("ALTER TABLE DownloadLog ADD COLUMN title TEXT")
