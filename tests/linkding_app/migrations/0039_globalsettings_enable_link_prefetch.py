"""linkding ``bookmarks/migrations/0039_globalsettings_enable_link_prefetch.py``: Add field enable_link_prefetch to globalsettings.

The SQL is Django's for SQLite (``sqlmigrate bookmarks 0039``), less its BEGIN/COMMIT.
"""


def upgrade(conn):
    conn.executescript(
        r'''
--
-- Add field enable_link_prefetch to globalsettings
--
CREATE TABLE "new__bookmarks_globalsettings" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "enable_link_prefetch" bool NOT NULL, "landing_page" varchar(50) NOT NULL, "guest_profile_user_id" integer NULL REFERENCES "auth_user" ("id") DEFERRABLE INITIALLY DEFERRED);
INSERT INTO "new__bookmarks_globalsettings" ("id", "landing_page", "guest_profile_user_id", "enable_link_prefetch") SELECT "id", "landing_page", "guest_profile_user_id", 0 FROM "bookmarks_globalsettings";
DROP TABLE "bookmarks_globalsettings";
ALTER TABLE "new__bookmarks_globalsettings" RENAME TO "bookmarks_globalsettings";
CREATE INDEX "bookmarks_globalsettings_guest_profile_user_id_6d5cf00e" ON "bookmarks_globalsettings" ("guest_profile_user_id");
'''
    )
