"""linkding ``bookmarks/migrations/0030_bookmarkasset.py``: Create model BookmarkAsset.

The SQL is Django's for SQLite (``sqlmigrate bookmarks 0030``), less its BEGIN/COMMIT.
"""


def upgrade(conn):
    conn.executescript(
        r'''
--
-- Create model BookmarkAsset
--
CREATE TABLE "bookmarks_bookmarkasset" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "date_created" datetime NOT NULL, "file" varchar(2048) NOT NULL, "file_size" integer NULL, "asset_type" varchar(64) NOT NULL, "content_type" varchar(128) NOT NULL, "display_name" varchar(2048) NOT NULL, "status" varchar(64) NOT NULL, "gzip" bool NOT NULL, "bookmark_id" integer NOT NULL REFERENCES "bookmarks_bookmark" ("id") DEFERRABLE INITIALLY DEFERRED);
CREATE INDEX "bookmarks_bookmarkasset_bookmark_id_42136c86" ON "bookmarks_bookmarkasset" ("bookmark_id");
'''
    )
