"""linkding ``bookmarks/migrations/0003_auto_20200913_0656.py``: Alter field url on bookmark.

The SQL is Django's for SQLite (``sqlmigrate bookmarks 0003``), less its BEGIN/COMMIT.
"""


def upgrade(conn):
    conn.executescript(
        r'''
--
-- Alter field url on bookmark
--
CREATE TABLE "new__bookmarks_bookmark" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "url" varchar(2048) NOT NULL, "title" varchar(512) NOT NULL, "description" text NOT NULL, "website_title" varchar(512) NULL, "website_description" text NULL, "unread" bool NOT NULL, "date_added" datetime NOT NULL, "date_modified" datetime NOT NULL, "date_accessed" datetime NULL, "owner_id" integer NOT NULL REFERENCES "auth_user" ("id") DEFERRABLE INITIALLY DEFERRED);
INSERT INTO "new__bookmarks_bookmark" ("id", "title", "description", "website_title", "website_description", "unread", "date_added", "date_modified", "date_accessed", "owner_id", "url") SELECT "id", "title", "description", "website_title", "website_description", "unread", "date_added", "date_modified", "date_accessed", "owner_id", "url" FROM "bookmarks_bookmark";
DROP TABLE "bookmarks_bookmark";
ALTER TABLE "new__bookmarks_bookmark" RENAME TO "bookmarks_bookmark";
CREATE INDEX "bookmarks_bookmark_owner_id_051b24cc" ON "bookmarks_bookmark" ("owner_id");
'''
    )
