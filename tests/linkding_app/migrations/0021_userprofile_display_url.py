"""linkding ``bookmarks/migrations/0021_userprofile_display_url.py``: Add field display_url to userprofile.

The SQL is Django's for SQLite (``sqlmigrate bookmarks 0021``), less its BEGIN/COMMIT.
"""


def upgrade(conn):
    conn.executescript(
        r'''
--
-- Add field display_url to userprofile
--
CREATE TABLE "new__bookmarks_userprofile" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "display_url" bool NOT NULL, "theme" varchar(10) NOT NULL, "user_id" integer NOT NULL UNIQUE REFERENCES "auth_user" ("id") DEFERRABLE INITIALLY DEFERRED, "bookmark_date_display" varchar(10) NOT NULL, "bookmark_link_target" varchar(10) NOT NULL, "web_archive_integration" varchar(10) NOT NULL, "enable_sharing" bool NOT NULL, "enable_favicons" bool NOT NULL, "tag_search" varchar(10) NOT NULL);
INSERT INTO "new__bookmarks_userprofile" ("id", "theme", "user_id", "bookmark_date_display", "bookmark_link_target", "web_archive_integration", "enable_sharing", "enable_favicons", "tag_search", "display_url") SELECT "id", "theme", "user_id", "bookmark_date_display", "bookmark_link_target", "web_archive_integration", "enable_sharing", "enable_favicons", "tag_search", 0 FROM "bookmarks_userprofile";
DROP TABLE "bookmarks_userprofile";
ALTER TABLE "new__bookmarks_userprofile" RENAME TO "bookmarks_userprofile";
'''
    )
