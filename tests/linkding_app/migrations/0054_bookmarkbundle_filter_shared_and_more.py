"""linkding ``bookmarks/migrations/0054_bookmarkbundle_filter_shared_and_more.py``: Add field filter_shared to bookmarkbundle; Add field filter_unread to bookmarkbundle.

The SQL is Django's for SQLite (``sqlmigrate bookmarks 0054``), less its BEGIN/COMMIT.
"""


def upgrade(conn):
    conn.executescript(
        r'''
--
-- Add field filter_shared to bookmarkbundle
--
CREATE TABLE "new__bookmarks_bookmarkbundle" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "filter_shared" varchar(3) NOT NULL, "name" varchar(256) NOT NULL, "search" varchar(256) NOT NULL, "any_tags" varchar(1024) NOT NULL, "all_tags" varchar(1024) NOT NULL, "excluded_tags" varchar(1024) NOT NULL, "order" integer NOT NULL, "date_created" datetime NOT NULL, "date_modified" datetime NOT NULL, "owner_id" integer NOT NULL REFERENCES "auth_user" ("id") DEFERRABLE INITIALLY DEFERRED);
INSERT INTO "new__bookmarks_bookmarkbundle" ("id", "name", "search", "any_tags", "all_tags", "excluded_tags", "order", "date_created", "date_modified", "owner_id", "filter_shared") SELECT "id", "name", "search", "any_tags", "all_tags", "excluded_tags", "order", "date_created", "date_modified", "owner_id", 'off' FROM "bookmarks_bookmarkbundle";
DROP TABLE "bookmarks_bookmarkbundle";
ALTER TABLE "new__bookmarks_bookmarkbundle" RENAME TO "bookmarks_bookmarkbundle";
CREATE INDEX "bookmarks_bookmarkbundle_owner_id_53ecd5a5" ON "bookmarks_bookmarkbundle" ("owner_id");
--
-- Add field filter_unread to bookmarkbundle
--
CREATE TABLE "new__bookmarks_bookmarkbundle" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "name" varchar(256) NOT NULL, "search" varchar(256) NOT NULL, "any_tags" varchar(1024) NOT NULL, "all_tags" varchar(1024) NOT NULL, "excluded_tags" varchar(1024) NOT NULL, "order" integer NOT NULL, "date_created" datetime NOT NULL, "date_modified" datetime NOT NULL, "owner_id" integer NOT NULL REFERENCES "auth_user" ("id") DEFERRABLE INITIALLY DEFERRED, "filter_shared" varchar(3) NOT NULL, "filter_unread" varchar(3) NOT NULL);
INSERT INTO "new__bookmarks_bookmarkbundle" ("id", "name", "search", "any_tags", "all_tags", "excluded_tags", "order", "date_created", "date_modified", "owner_id", "filter_shared", "filter_unread") SELECT "id", "name", "search", "any_tags", "all_tags", "excluded_tags", "order", "date_created", "date_modified", "owner_id", "filter_shared", 'off' FROM "bookmarks_bookmarkbundle";
DROP TABLE "bookmarks_bookmarkbundle";
ALTER TABLE "new__bookmarks_bookmarkbundle" RENAME TO "bookmarks_bookmarkbundle";
CREATE INDEX "bookmarks_bookmarkbundle_owner_id_53ecd5a5" ON "bookmarks_bookmarkbundle" ("owner_id");
'''
    )
