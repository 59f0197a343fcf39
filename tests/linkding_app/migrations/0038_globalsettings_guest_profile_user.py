"""linkding ``bookmarks/migrations/0038_globalsettings_guest_profile_user.py``: Add field guest_profile_user to globalsettings.

The SQL is Django's for SQLite (``sqlmigrate bookmarks 0038``), less its BEGIN/COMMIT.
"""


def upgrade(conn):
    conn.executescript(
        r'''
--
-- Add field guest_profile_user to globalsettings
--
ALTER TABLE "bookmarks_globalsettings" ADD COLUMN "guest_profile_user_id" integer NULL REFERENCES "auth_user" ("id") DEFERRABLE INITIALLY DEFERRED;
CREATE INDEX "bookmarks_globalsettings_guest_profile_user_id_6d5cf00e" ON "bookmarks_globalsettings" ("guest_profile_user_id");
'''
    )
