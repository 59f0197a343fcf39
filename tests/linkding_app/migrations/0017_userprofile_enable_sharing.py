"""linkding ``bookmarks/migrations/0017_userprofile_enable_sharing.py``: Add field enable_sharing to userprofile.

The SQL is Django's for SQLite (``sqlmigrate bookmarks 0017``), less its BEGIN/COMMIT.
"""


def upgrade(conn):
    conn.executescript(
        r'''
--
-- Add field enable_sharing to userprofile
--
CREATE TABLE "new__bookmarks_userprofile" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "enable_sharing" bool NOT NULL, "theme" varchar(10) NOT NULL, "user_id" integer NOT NULL UNIQUE REFERENCES "auth_user" ("id") DEFERRABLE INITIALLY DEFERRED, "bookmark_date_display" varchar(10) NOT NULL, "bookmark_link_target" varchar(10) NOT NULL, "web_archive_integration" varchar(10) NOT NULL);
INSERT INTO "new__bookmarks_userprofile" ("id", "theme", "user_id", "bookmark_date_display", "bookmark_link_target", "web_archive_integration", "enable_sharing") SELECT "id", "theme", "user_id", "bookmark_date_display", "bookmark_link_target", "web_archive_integration", 0 FROM "bookmarks_userprofile";
DROP TABLE "bookmarks_userprofile";
ALTER TABLE "new__bookmarks_userprofile" RENAME TO "bookmarks_userprofile";
'''
    )
