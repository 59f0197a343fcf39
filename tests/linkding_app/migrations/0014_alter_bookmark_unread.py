"""linkding ``bookmarks/migrations/0014_alter_bookmark_unread.py``: Alter field unread on bookmark.

The SQL is Django's for SQLite (``sqlmigrate bookmarks 0014``), less its BEGIN/COMMIT.
Then ``forwards``, by hand: ``Bookmark.objects.update(unread=False)``, every bookmark marked read.
"""

from edi_migrations.changes import Recompute

# forwards marks every bookmark read (upstream: the unread flag's meaning changed).
CHANGES = (Recompute("bookmarks_bookmark", "unread", expression="0"),)


def upgrade(conn):
    conn.executescript(
        r'''
--
-- Alter field unread on bookmark
--
CREATE TABLE "new__bookmarks_bookmark" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "unread" bool NOT NULL, "url" varchar(2048) NOT NULL, "title" varchar(512) NOT NULL, "description" text NOT NULL, "website_title" varchar(512) NULL, "website_description" text NULL, "date_added" datetime NOT NULL, "date_modified" datetime NOT NULL, "date_accessed" datetime NULL, "owner_id" integer NOT NULL REFERENCES "auth_user" ("id") DEFERRABLE INITIALLY DEFERRED, "is_archived" bool NOT NULL, "web_archive_snapshot_url" varchar(2048) NOT NULL);
INSERT INTO "new__bookmarks_bookmark" ("id", "url", "title", "description", "website_title", "website_description", "date_added", "date_modified", "date_accessed", "owner_id", "is_archived", "web_archive_snapshot_url", "unread") SELECT "id", "url", "title", "description", "website_title", "website_description", "date_added", "date_modified", "date_accessed", "owner_id", "is_archived", "web_archive_snapshot_url", "unread" FROM "bookmarks_bookmark";
DROP TABLE "bookmarks_bookmark";
ALTER TABLE "new__bookmarks_bookmark" RENAME TO "bookmarks_bookmark";
CREATE INDEX "bookmarks_bookmark_owner_id_051b24cc" ON "bookmarks_bookmark" ("owner_id");
'''
    )
    # Bookmark.objects.update(unread=False)
    conn.execute('UPDATE "bookmarks_bookmark" SET "unread" = ?', (False,))
