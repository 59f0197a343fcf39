"""linkding ``bookmarks/migrations/0022_bookmark_notes.py``: Add field notes to bookmark.

The SQL is Django's for SQLite (``sqlmigrate bookmarks 0022``), less its BEGIN/COMMIT.
"""


def upgrade(conn):
    conn.executescript(
        r'''
--
-- Add field notes to bookmark
--
CREATE TABLE "new__bookmarks_bookmark" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "notes" text NOT NULL, "url" varchar(2048) NOT NULL, "title" varchar(512) NOT NULL, "description" text NOT NULL, "website_title" varchar(512) NULL, "website_description" text NULL, "unread" bool NOT NULL, "date_added" datetime NOT NULL, "date_modified" datetime NOT NULL, "date_accessed" datetime NULL, "owner_id" integer NOT NULL REFERENCES "auth_user" ("id") DEFERRABLE INITIALLY DEFERRED, "is_archived" bool NOT NULL, "web_archive_snapshot_url" varchar(2048) NOT NULL, "shared" bool NOT NULL, "favicon_file" varchar(512) NOT NULL);
INSERT INTO "new__bookmarks_bookmark" ("id", "url", "title", "description", "website_title", "website_description", "unread", "date_added", "date_modified", "date_accessed", "owner_id", "is_archived", "web_archive_snapshot_url", "shared", "favicon_file", "notes") SELECT "id", "url", "title", "description", "website_title", "website_description", "unread", "date_added", "date_modified", "date_accessed", "owner_id", "is_archived", "web_archive_snapshot_url", "shared", "favicon_file", '' FROM "bookmarks_bookmark";
DROP TABLE "bookmarks_bookmark";
ALTER TABLE "new__bookmarks_bookmark" RENAME TO "bookmarks_bookmark";
CREATE INDEX "bookmarks_bookmark_owner_id_051b24cc" ON "bookmarks_bookmark" ("owner_id");
'''
    )
