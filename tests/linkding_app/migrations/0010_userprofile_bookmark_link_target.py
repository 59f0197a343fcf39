"""linkding ``bookmarks/migrations/0010_userprofile_bookmark_link_target.py``: Add field bookmark_link_target to userprofile.

The SQL is Django's for SQLite (``sqlmigrate bookmarks 0010``), less its BEGIN/COMMIT.
"""


def upgrade(conn):
    conn.executescript(
        r'''
--
-- Add field bookmark_link_target to userprofile
--
CREATE TABLE "new__bookmarks_userprofile" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "bookmark_link_target" varchar(10) NOT NULL, "theme" varchar(10) NOT NULL, "user_id" integer NOT NULL UNIQUE REFERENCES "auth_user" ("id") DEFERRABLE INITIALLY DEFERRED, "bookmark_date_display" varchar(10) NOT NULL);
INSERT INTO "new__bookmarks_userprofile" ("id", "theme", "user_id", "bookmark_date_display", "bookmark_link_target") SELECT "id", "theme", "user_id", "bookmark_date_display", '_blank' FROM "bookmarks_userprofile";
DROP TABLE "bookmarks_userprofile";
ALTER TABLE "new__bookmarks_userprofile" RENAME TO "bookmarks_userprofile";
'''
    )
