"""linkding ``bookmarks/migrations/0009_bookmark_web_archive_snapshot_url.py``: Add field web_archive_snapshot_url to bookmark.

The SQL is Django's for SQLite (``sqlmigrate bookmarks 0009``), less its BEGIN/COMMIT.
"""


def upgrade(conn):
    conn.executescript(
        r'''
--
-- Add field web_archive_snapshot_url to bookmark
--
CREATE TABLE "new__bookmarks_bookmark" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "web_archive_snapshot_url" varchar(2048) NOT NULL, "url" varchar(2048) NOT NULL, "title" varchar(512) NOT NULL, "description" text NOT NULL, "website_title" varchar(512) NULL, "website_description" text NULL, "unread" bool NOT NULL, "date_added" datetime NOT NULL, "date_modified" datetime NOT NULL, "date_accessed" datetime NULL, "owner_id" integer NOT NULL REFERENCES "auth_user" ("id") DEFERRABLE INITIALLY DEFERRED, "is_archived" bool NOT NULL);
INSERT INTO "new__bookmarks_bookmark" ("id", "url", "title", "description", "website_title", "website_description", "unread", "date_added", "date_modified", "date_accessed", "owner_id", "is_archived", "web_archive_snapshot_url") SELECT "id", "url", "title", "description", "website_title", "website_description", "unread", "date_added", "date_modified", "date_accessed", "owner_id", "is_archived", '' FROM "bookmarks_bookmark";
DROP TABLE "bookmarks_bookmark";
ALTER TABLE "new__bookmarks_bookmark" RENAME TO "bookmarks_bookmark";
CREATE INDEX "bookmarks_bookmark_owner_id_051b24cc" ON "bookmarks_bookmark" ("owner_id");
'''
    )
