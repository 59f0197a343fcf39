"""linkding ``bookmarks/migrations/0008_userprofile_bookmark_date_display.py``: Add field bookmark_date_display to userprofile.

The SQL is Django's for SQLite (``sqlmigrate bookmarks 0008``), less its BEGIN/COMMIT.
"""


def upgrade(conn):
    conn.executescript(
        r'''
--
-- Add field bookmark_date_display to userprofile
--
CREATE TABLE "new__bookmarks_userprofile" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "bookmark_date_display" varchar(10) NOT NULL, "theme" varchar(10) NOT NULL, "user_id" integer NOT NULL UNIQUE REFERENCES "auth_user" ("id") DEFERRABLE INITIALLY DEFERRED);
INSERT INTO "new__bookmarks_userprofile" ("id", "theme", "user_id", "bookmark_date_display") SELECT "id", "theme", "user_id", 'relative' FROM "bookmarks_userprofile";
DROP TABLE "bookmarks_userprofile";
ALTER TABLE "new__bookmarks_userprofile" RENAME TO "bookmarks_userprofile";
'''
    )
