"""AntennaPod ``DBUpgrader``: ``if (oldVersion < 1060596)``: feeds and episodes keep their
image's URL in a column of their own (``image_url``, copied from ``FeedImages.download_url``
through their ``image`` id), and ``FeedImages`` is dropped. SQL verbatim (upstream's two
spaces before ``=`` kept). The ``image`` columns stay: SQLite (then) could not drop them."""

from edi_migrations.changes import Backfill, DropTable

CHANGES = (
    # upstream: each item's image URL copied from the image its `image` column names
    Backfill(
        "FeedItems",
        "image_url",
        expression="(SELECT download_url FROM FeedImages WHERE FeedImages.id = FeedItems.image)",
    ),
    # upstream: likewise for each feed
    Backfill(
        "Feeds",
        "image_url",
        expression="(SELECT download_url FROM FeedImages WHERE FeedImages.id = Feeds.image)",
    ),
    # upstream: "DROP TABLE FeedImages", its URLs now kept by the rows above
    DropTable("FeedImages"),
)


def upgrade(conn):
    conn.execute("ALTER TABLE Feeds ADD COLUMN image_url TEXT")
    conn.execute("ALTER TABLE FeedItems ADD COLUMN image_url TEXT")
    conn.execute(
        "UPDATE FeedItems SET image_url  = ( SELECT download_url FROM FeedImages"
        " WHERE FeedImages.id = FeedItems.image)"
    )
    conn.execute(
        "UPDATE Feeds SET image_url = ( SELECT download_url FROM FeedImages"
        " WHERE FeedImages.id = Feeds.image)"
    )
    conn.execute("DROP TABLE FeedImages")
