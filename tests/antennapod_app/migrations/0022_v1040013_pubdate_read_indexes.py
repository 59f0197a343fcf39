"""AntennaPod ``DBUpgrader``: ``if (oldVersion < 1040013)``: ``CREATE_INDEX_FEEDITEMS_PUBDATE``
and ``CREATE_INDEX_FEEDITEMS_READ`` (the constants' text at the commit; older copies of
``PodDBAdapter`` say ``IF NOT EXISTS``, which changes nothing on a version-1040012 file)."""


def upgrade(conn):
    conn.execute("CREATE INDEX FeedItems_pubDate ON FeedItems (pubDate)")
    conn.execute("CREATE INDEX FeedItems_read ON FeedItems (read)")
