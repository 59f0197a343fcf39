"""linkding ``bookmarks/migrations/0026_userprofile_custom_css.py``: Add field custom_css to userprofile.

The SQL is Django's for SQLite (``sqlmigrate bookmarks 0026``), less its BEGIN/COMMIT.
"""


def upgrade(conn):
    conn.executescript(
        r'''
--
-- Add field custom_css to userprofile
--
CREATE TABLE "new__bookmarks_userprofile" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "custom_css" text NOT NULL, "theme" varchar(10) NOT NULL, "user_id" integer NOT NULL UNIQUE REFERENCES "auth_user" ("id") DEFERRABLE INITIALLY DEFERRED, "bookmark_date_display" varchar(10) NOT NULL, "bookmark_link_target" varchar(10) NOT NULL, "web_archive_integration" varchar(10) NOT NULL, "enable_sharing" bool NOT NULL, "enable_favicons" bool NOT NULL, "tag_search" varchar(10) NOT NULL, "display_url" bool NOT NULL, "permanent_notes" bool NOT NULL, "enable_public_sharing" bool NOT NULL, "search_preferences" text NOT NULL CHECK ((JSON_VALID("search_preferences") OR "search_preferences" IS NULL)));
INSERT INTO "new__bookmarks_userprofile" ("id", "theme", "user_id", "bookmark_date_display", "bookmark_link_target", "web_archive_integration", "enable_sharing", "enable_favicons", "tag_search", "display_url", "permanent_notes", "enable_public_sharing", "search_preferences", "custom_css") SELECT "id", "theme", "user_id", "bookmark_date_display", "bookmark_link_target", "web_archive_integration", "enable_sharing", "enable_favicons", "tag_search", "display_url", "permanent_notes", "enable_public_sharing", "search_preferences", '' FROM "bookmarks_userprofile";
DROP TABLE "bookmarks_userprofile";
ALTER TABLE "new__bookmarks_userprofile" RENAME TO "bookmarks_userprofile";
'''
    )
