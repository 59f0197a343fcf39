"""linkding ``bookmarks/migrations/0052_apitoken.py``: Create model ApiToken.

The SQL is Django's for SQLite (``sqlmigrate bookmarks 0052``), less its BEGIN/COMMIT.
"""


def upgrade(conn):
    conn.executescript(
        r'''
--
-- Create model ApiToken
--
CREATE TABLE "bookmarks_apitoken" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "key" varchar(40) NOT NULL UNIQUE, "name" varchar(128) NOT NULL, "created" datetime NOT NULL, "user_id" integer NOT NULL REFERENCES "auth_user" ("id") DEFERRABLE INITIALLY DEFERRED);
CREATE INDEX "bookmarks_apitoken_user_id_2181e9f8" ON "bookmarks_apitoken" ("user_id");
'''
    )
