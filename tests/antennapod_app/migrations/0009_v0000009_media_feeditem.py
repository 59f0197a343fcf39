"""AntennaPod ``DBUpgrader``: ``if (oldVersion <= 8)``: "Add feeditem column to feedmedia
table", then a loop over every item giving its media row the item's id. The query and the
updates verbatim; the cursor loop as Python. ``db.query(..., "? > 0", {"media"})`` binds
the word ``media``, so its condition (``'media' > 0``: text sorts after numbers) holds for
every row; ``Cursor.getLong`` of a NULL (an item without media) is 0, whose update finds no
row. The block's own ``beginTransaction`` nests in Android's upgrade transaction."""

from edi_migrations.changes import Backfill

CHANGES = (
    # upstream: each media row names the item that names it (the loop's last write wins:
    # the cursor walks the items in rowid order, approximated here as their largest id)
    Backfill(
        "FeedMedia",
        "feeditem",
        expression="(SELECT max(i.id) FROM FeedItems i WHERE CAST(i.media AS INTEGER) = FeedMedia.id)",
    ),
)


def _get_long(conn, value):
    """``Cursor.getLong``: SQLite's own conversion to a 64-bit integer (NULL is 0)."""
    return conn.execute("SELECT coalesce(CAST(? AS INTEGER), 0)", (value,)).fetchone()[0]


def upgrade(conn):
    conn.execute("ALTER TABLE FeedMedia ADD COLUMN feeditem INTEGER")
    rows = conn.execute("SELECT id, media FROM FeedItems WHERE ? > 0", ("media",)).fetchall()
    for item_id, media in rows:
        media_id = _get_long(conn, media)
        conn.execute(
            "UPDATE FeedMedia SET feeditem=? WHERE id=?",
            (_get_long(conn, item_id), str(media_id)),
        )
