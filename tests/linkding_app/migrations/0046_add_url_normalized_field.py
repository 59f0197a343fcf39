"""linkding ``bookmarks/migrations/0046_add_url_normalized_field.py``: Add field url_normalized to bookmark.

The SQL is Django's for SQLite (``sqlmigrate bookmarks 0046``), less its BEGIN/COMMIT.
"""


def upgrade(conn):
    conn.executescript(
        r'''
--
-- Add field url_normalized to bookmark
--
CREATE TABLE "new__bookmarks_bookmark" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "url_normalized" varchar(2048) NOT NULL, "url" varchar(2048) NOT NULL, "title" varchar(512) NOT NULL, "description" text NOT NULL, "website_title" varchar(512) NULL, "website_description" text NULL, "unread" bool NOT NULL, "date_added" datetime NOT NULL, "date_modified" datetime NOT NULL, "date_accessed" datetime NULL, "owner_id" integer NOT NULL REFERENCES "auth_user" ("id") DEFERRABLE INITIALLY DEFERRED, "is_archived" bool NOT NULL, "web_archive_snapshot_url" varchar(2048) NOT NULL, "shared" bool NOT NULL, "favicon_file" varchar(512) NOT NULL, "notes" text NOT NULL, "preview_image_file" varchar(512) NOT NULL, "latest_snapshot_id" integer NULL REFERENCES "bookmarks_bookmarkasset" ("id") DEFERRABLE INITIALLY DEFERRED);
INSERT INTO "new__bookmarks_bookmark" ("id", "url", "title", "description", "website_title", "website_description", "unread", "date_added", "date_modified", "date_accessed", "owner_id", "is_archived", "web_archive_snapshot_url", "shared", "favicon_file", "notes", "preview_image_file", "latest_snapshot_id", "url_normalized") SELECT "id", "url", "title", "description", "website_title", "website_description", "unread", "date_added", "date_modified", "date_accessed", "owner_id", "is_archived", "web_archive_snapshot_url", "shared", "favicon_file", "notes", "preview_image_file", "latest_snapshot_id", '' FROM "bookmarks_bookmark";
DROP TABLE "bookmarks_bookmark";
ALTER TABLE "new__bookmarks_bookmark" RENAME TO "bookmarks_bookmark";
CREATE INDEX "bookmarks_bookmark_url_normalized_8b3c53e4" ON "bookmarks_bookmark" ("url_normalized");
CREATE INDEX "bookmarks_bookmark_owner_id_051b24cc" ON "bookmarks_bookmark" ("owner_id");
CREATE INDEX "bookmarks_bookmark_latest_snapshot_id_ed3c8c2b" ON "bookmarks_bookmark" ("latest_snapshot_id");
'''
    )
