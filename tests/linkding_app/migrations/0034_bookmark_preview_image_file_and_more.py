"""linkding ``bookmarks/migrations/0034_bookmark_preview_image_file_and_more.py``: Add field preview_image_file to bookmark; Add field enable_preview_images to userprofile.

The SQL is Django's for SQLite (``sqlmigrate bookmarks 0034``), less its BEGIN/COMMIT.
"""


def upgrade(conn):
    conn.executescript(
        r'''
--
-- Add field preview_image_file to bookmark
--
CREATE TABLE "new__bookmarks_bookmark" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "preview_image_file" varchar(512) NOT NULL, "url" varchar(2048) NOT NULL, "title" varchar(512) NOT NULL, "description" text NOT NULL, "website_title" varchar(512) NULL, "website_description" text NULL, "unread" bool NOT NULL, "date_added" datetime NOT NULL, "date_modified" datetime NOT NULL, "date_accessed" datetime NULL, "owner_id" integer NOT NULL REFERENCES "auth_user" ("id") DEFERRABLE INITIALLY DEFERRED, "is_archived" bool NOT NULL, "web_archive_snapshot_url" varchar(2048) NOT NULL, "shared" bool NOT NULL, "favicon_file" varchar(512) NOT NULL, "notes" text NOT NULL);
INSERT INTO "new__bookmarks_bookmark" ("id", "url", "title", "description", "website_title", "website_description", "unread", "date_added", "date_modified", "date_accessed", "owner_id", "is_archived", "web_archive_snapshot_url", "shared", "favicon_file", "notes", "preview_image_file") SELECT "id", "url", "title", "description", "website_title", "website_description", "unread", "date_added", "date_modified", "date_accessed", "owner_id", "is_archived", "web_archive_snapshot_url", "shared", "favicon_file", "notes", '' FROM "bookmarks_bookmark";
DROP TABLE "bookmarks_bookmark";
ALTER TABLE "new__bookmarks_bookmark" RENAME TO "bookmarks_bookmark";
CREATE INDEX "bookmarks_bookmark_owner_id_051b24cc" ON "bookmarks_bookmark" ("owner_id");
--
-- Add field enable_preview_images to userprofile
--
CREATE TABLE "new__bookmarks_userprofile" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "theme" varchar(10) NOT NULL, "user_id" integer NOT NULL UNIQUE REFERENCES "auth_user" ("id") DEFERRABLE INITIALLY DEFERRED, "bookmark_date_display" varchar(10) NOT NULL, "bookmark_link_target" varchar(10) NOT NULL, "web_archive_integration" varchar(10) NOT NULL, "enable_sharing" bool NOT NULL, "enable_favicons" bool NOT NULL, "tag_search" varchar(10) NOT NULL, "display_url" bool NOT NULL, "permanent_notes" bool NOT NULL, "enable_public_sharing" bool NOT NULL, "search_preferences" text NOT NULL CHECK ((JSON_VALID("search_preferences") OR "search_preferences" IS NULL)), "custom_css" text NOT NULL, "bookmark_description_display" varchar(10) NOT NULL, "bookmark_description_max_lines" integer NOT NULL, "display_archive_bookmark_action" bool NOT NULL, "display_edit_bookmark_action" bool NOT NULL, "display_remove_bookmark_action" bool NOT NULL, "display_view_bookmark_action" bool NOT NULL, "enable_automatic_html_snapshots" bool NOT NULL, "default_mark_unread" bool NOT NULL, "enable_preview_images" bool NOT NULL);
INSERT INTO "new__bookmarks_userprofile" ("id", "theme", "user_id", "bookmark_date_display", "bookmark_link_target", "web_archive_integration", "enable_sharing", "enable_favicons", "tag_search", "display_url", "permanent_notes", "enable_public_sharing", "search_preferences", "custom_css", "bookmark_description_display", "bookmark_description_max_lines", "display_archive_bookmark_action", "display_edit_bookmark_action", "display_remove_bookmark_action", "display_view_bookmark_action", "enable_automatic_html_snapshots", "default_mark_unread", "enable_preview_images") SELECT "id", "theme", "user_id", "bookmark_date_display", "bookmark_link_target", "web_archive_integration", "enable_sharing", "enable_favicons", "tag_search", "display_url", "permanent_notes", "enable_public_sharing", "search_preferences", "custom_css", "bookmark_description_display", "bookmark_description_max_lines", "display_archive_bookmark_action", "display_edit_bookmark_action", "display_remove_bookmark_action", "display_view_bookmark_action", "enable_automatic_html_snapshots", "default_mark_unread", 0 FROM "bookmarks_userprofile";
DROP TABLE "bookmarks_userprofile";
ALTER TABLE "new__bookmarks_userprofile" RENAME TO "bookmarks_userprofile";
'''
    )
