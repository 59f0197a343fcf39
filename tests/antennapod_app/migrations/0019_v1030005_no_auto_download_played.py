"""AntennaPod ``DBUpgrader``: ``if (oldVersion < 1030005)``: episodes already played,
started or downloaded, and not queued, are no longer auto-downloaded. SQL verbatim."""

from edi_migrations.changes import Recompute

CHANGES = (
    # upstream: "UPDATE FeedItems SET auto_download=0 WHERE (read=1 OR ...) AND id NOT IN Queue"
    Recompute(
        "FeedItems",
        "auto_download",
        "CASE WHEN (read=1 OR id IN (SELECT feeditem FROM FeedMedia WHERE position>0 OR "
        "downloaded=1)) AND id NOT IN (SELECT feeditem FROM Queue) THEN 0 "
        "ELSE auto_download END",
    ),
)


def upgrade(conn):
    conn.execute(
        "UPDATE FeedItems SET auto_download=0 WHERE "
        "(read=1 OR id IN (SELECT feeditem FROM FeedMedia WHERE position>0 OR downloaded=1)) "
        "AND id NOT IN (SELECT feeditem FROM Queue)"
    )
