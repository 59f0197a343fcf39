"""linkding ``bookmarks/migrations/0044_bookmark_latest_snapshot.py``: Add field latest_snapshot to bookmark.

The SQL is Django's for SQLite (``sqlmigrate bookmarks 0044``), less its BEGIN/COMMIT.
``forwards`` (between the column and its index), by hand: each bookmark's ``latest_snapshot`` is its newest complete snapshot asset (one ``update()`` with a ``Subquery``).
"""

from edi_migrations.changes import Backfill

# The new column filled from the bookmark's assets: its newest complete snapshot.
CHANGES = (
    Backfill(
        "bookmarks_bookmark",
        "latest_snapshot_id",
        expression="(SELECT U0.id FROM bookmarks_bookmarkasset U0 "
        "WHERE U0.bookmark_id = bookmarks_bookmark.id AND U0.asset_type = 'snapshot' "
        "AND U0.status = 'complete' ORDER BY U0.date_created DESC LIMIT 1)",
    ),
)


def upgrade(conn):
    conn.executescript(
        r'''
--
-- Add field latest_snapshot to bookmark
--
ALTER TABLE "bookmarks_bookmark" ADD COLUMN "latest_snapshot_id" integer NULL REFERENCES "bookmarks_bookmarkasset" ("id") DEFERRABLE INITIALLY DEFERRED;
'''
    )
    conn.execute(
        'UPDATE "bookmarks_bookmark" SET "latest_snapshot_id" = (SELECT U0."id" '
        'FROM "bookmarks_bookmarkasset" U0 WHERE (U0."bookmark_id" = ("bookmarks_bookmark"."id") '
        'AND U0."asset_type" = ? AND U0."status" = ?) ORDER BY U0."date_created" DESC LIMIT 1)',
        ("snapshot", "complete"),
    )
    conn.executescript(
        r'''
CREATE INDEX "bookmarks_bookmark_latest_snapshot_id_ed3c8c2b" ON "bookmarks_bookmark" ("latest_snapshot_id");
'''
    )
