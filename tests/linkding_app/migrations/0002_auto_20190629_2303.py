"""linkding ``bookmarks/migrations/0002_auto_20190629_2303.py``: Create model Tag; Add field tags to bookmark.

The SQL is Django's for SQLite (``sqlmigrate bookmarks 0002``), less its BEGIN/COMMIT.
"""


def upgrade(conn):
    conn.executescript(
        r'''
--
-- Create model Tag
--
CREATE TABLE "bookmarks_tag" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "name" varchar(64) NOT NULL, "date_added" datetime NOT NULL, "owner_id" integer NOT NULL REFERENCES "auth_user" ("id") DEFERRABLE INITIALLY DEFERRED);
--
-- Add field tags to bookmark
--
CREATE TABLE "bookmarks_bookmark_tags" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "bookmark_id" integer NOT NULL REFERENCES "bookmarks_bookmark" ("id") DEFERRABLE INITIALLY DEFERRED, "tag_id" integer NOT NULL REFERENCES "bookmarks_tag" ("id") DEFERRABLE INITIALLY DEFERRED);
CREATE INDEX "bookmarks_tag_owner_id_4c853e4b" ON "bookmarks_tag" ("owner_id");
CREATE UNIQUE INDEX "bookmarks_bookmark_tags_bookmark_id_tag_id_1a999b75_uniq" ON "bookmarks_bookmark_tags" ("bookmark_id", "tag_id");
CREATE INDEX "bookmarks_bookmark_tags_bookmark_id_fbe7b649" ON "bookmarks_bookmark_tags" ("bookmark_id");
CREATE INDEX "bookmarks_bookmark_tags_tag_id_6e32a767" ON "bookmarks_bookmark_tags" ("tag_id");
'''
    )
