"""linkding ``bookmarks/migrations/0020_userprofile_tag_search.py``: Add field tag_search to userprofile.

The SQL is Django's for SQLite (``sqlmigrate bookmarks 0020``), less its BEGIN/COMMIT.
"""


def upgrade(conn):
    conn.executescript(
        r'''
--
-- Add field tag_search to userprofile
--
CREATE TABLE "new__bookmarks_userprofile" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "tag_search" varchar(10) NOT NULL, "theme" varchar(10) NOT NULL, "user_id" integer NOT NULL UNIQUE REFERENCES "auth_user" ("id") DEFERRABLE INITIALLY DEFERRED, "bookmark_date_display" varchar(10) NOT NULL, "bookmark_link_target" varchar(10) NOT NULL, "web_archive_integration" varchar(10) NOT NULL, "enable_sharing" bool NOT NULL, "enable_favicons" bool NOT NULL);
INSERT INTO "new__bookmarks_userprofile" ("id", "theme", "user_id", "bookmark_date_display", "bookmark_link_target", "web_archive_integration", "enable_sharing", "enable_favicons", "tag_search") SELECT "id", "theme", "user_id", "bookmark_date_display", "bookmark_link_target", "web_archive_integration", "enable_sharing", "enable_favicons", 'strict' FROM "bookmarks_userprofile";
DROP TABLE "bookmarks_userprofile";
ALTER TABLE "new__bookmarks_userprofile" RENAME TO "bookmarks_userprofile";
'''
    )
