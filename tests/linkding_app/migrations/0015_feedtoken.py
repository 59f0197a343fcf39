"""linkding ``bookmarks/migrations/0015_feedtoken.py``: Create model FeedToken.

The SQL is Django's for SQLite (``sqlmigrate bookmarks 0015``), less its BEGIN/COMMIT.
"""


def upgrade(conn):
    conn.executescript(
        r'''
--
-- Create model FeedToken
--
CREATE TABLE "bookmarks_feedtoken" ("key" varchar(40) NOT NULL PRIMARY KEY, "created" datetime NOT NULL, "user_id" integer NOT NULL UNIQUE REFERENCES "auth_user" ("id") DEFERRABLE INITIALLY DEFERRED);
'''
    )
