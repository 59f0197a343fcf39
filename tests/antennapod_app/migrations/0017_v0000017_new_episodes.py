"""AntennaPod ``DBUpgrader``: ``if (oldVersion <= 16)``: episodes unplayed, not downloaded,
not started and not queued are marked new (``FeedItem.NEW``, -1). SQL verbatim."""

from edi_migrations.changes import Recompute

SELECT_NEW = (
    "SELECT FeedItems.id FROM FeedItems INNER JOIN FeedMedia ON FeedItems.id=FeedMedia.feeditem"
    " LEFT OUTER JOIN Queue ON FeedItems.id=Queue.feeditem WHERE FeedItems.read = 0 AND"
    " FeedMedia.downloaded = 0 AND FeedMedia.position = 0 AND Queue.id IS NULL"
)

CHANGES = (
    # upstream: "unplayed", "undownloaded", "not partially played", "not in queue": NEW
    Recompute("FeedItems", "read", f"CASE WHEN id IN ({SELECT_NEW}) THEN -1 ELSE read END"),
)


def upgrade(conn):
    conn.execute(f"UPDATE FeedItems SET read=-1 WHERE id IN ({SELECT_NEW})")
