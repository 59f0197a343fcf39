"""AntennaPod ``DBUpgrader``: ``if (oldVersion <= 14)``: each item's ``auto_download`` taken
from its feed's, ``Feeds.hide`` and ``last_update_failed``, and the first four indexes.
SQL verbatim."""

from edi_migrations.changes import Backfill

CHANGES = (
    # upstream: "UPDATE FeedItems SET auto_download = (SELECT auto_download FROM Feeds
    # WHERE Feeds.id = FeedItems.feed)": an item is auto-downloaded as its feed is
    Backfill(
        "FeedItems",
        "auto_download",
        expression="(SELECT auto_download FROM Feeds WHERE Feeds.id = FeedItems.feed)",
    ),
)


def upgrade(conn):
    conn.execute("ALTER TABLE FeedItems ADD COLUMN auto_download INTEGER")
    conn.execute(
        "UPDATE FeedItems SET auto_download = (SELECT auto_download FROM Feeds"
        " WHERE Feeds.id = FeedItems.feed)"
    )
    conn.execute("ALTER TABLE Feeds ADD COLUMN hide TEXT")
    conn.execute("ALTER TABLE Feeds ADD COLUMN last_update_failed INTEGER DEFAULT 0")
    # create indexes
    conn.execute("CREATE INDEX FeedItems_feed ON FeedItems (feed)")
    conn.execute("CREATE INDEX FeedMedia_feeditem ON FeedMedia (feeditem)")
    conn.execute("CREATE INDEX Queue_feeditem ON Queue (feeditem)")
    conn.execute("CREATE INDEX SimpleChapters_feeditem ON SimpleChapters (feeditem)")
