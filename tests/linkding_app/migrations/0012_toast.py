"""linkding ``bookmarks/migrations/0012_toast.py``: Create model Toast.

The SQL is Django's for SQLite (``sqlmigrate bookmarks 0012``), less its BEGIN/COMMIT.
"""


def upgrade(conn):
    conn.executescript(
        r'''
--
-- Create model Toast
--
CREATE TABLE "bookmarks_toast" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "key" varchar(50) NOT NULL, "message" text NOT NULL, "acknowledged" bool NOT NULL, "owner_id" integer NOT NULL REFERENCES "auth_user" ("id") DEFERRABLE INITIALLY DEFERRED);
CREATE INDEX "bookmarks_toast_owner_id_7fa00b79" ON "bookmarks_toast" ("owner_id");
'''
    )
