"""AntennaPod ``DBUpgrader``: ``if (oldVersion <= 15)``: ``FeedMedia.has_embedded_picture``
(-1, unknown), 0 for media not downloaded, and for each downloaded file a probe of its
embedded picture (``MediaMetadataRetriever``). SQL verbatim; the loop as Python,
**approximated**: ``setDataSource`` throws for a file that is not there, which the block
catches, leaving -1; the port has no media decoder, so a file that is there is taken to
hold no picture (0). No file the harness's rows name exists."""

import os

from edi_migrations.changes import Backfill

CHANGES = (
    # upstream: not downloaded: no embedded picture (0); downloaded: what the probe finds,
    # -1 where it throws (no such file)
    Backfill(
        "FeedMedia",
        "has_embedded_picture",
        expression="CASE WHEN downloaded=0 THEN 0 ELSE -1 END",
    ),
)


def upgrade(conn):
    conn.execute("ALTER TABLE FeedMedia ADD COLUMN has_embedded_picture INTEGER DEFAULT -1")
    conn.execute("UPDATE FeedMedia SET has_embedded_picture=0 WHERE downloaded=0")
    rows = conn.execute(
        "SELECT file_url FROM FeedMedia WHERE downloaded=1  AND has_embedded_picture=-1"
    ).fetchall()
    for (file_url,) in rows:
        if not isinstance(file_url, str) or not os.path.isfile(file_url):
            continue  # setDataSource throws; "catch (Exception e)" leaves the row at -1
        # (upstream concatenates fileUrl into the SQL; bound here: same rows)
        conn.execute("UPDATE FeedMedia SET has_embedded_picture=0 WHERE file_url=?", (file_url,))
