"""linkding ``bookmarks/migrations/0042_userprofile_custom_css_hash.py``: Add field custom_css_hash to userprofile.

The SQL is Django's for SQLite (``sqlmigrate bookmarks 0042``), less its BEGIN/COMMIT.
"""


def upgrade(conn):
    conn.executescript(
        r'''
--
-- Add field custom_css_hash to userprofile
--
CREATE TABLE "new__bookmarks_userprofile" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "custom_css_hash" varchar(32) NOT NULL, "theme" varchar(10) NOT NULL, "user_id" integer NOT NULL UNIQUE REFERENCES "auth_user" ("id") DEFERRABLE INITIALLY DEFERRED, "bookmark_date_display" varchar(10) NOT NULL, "bookmark_link_target" varchar(10) NOT NULL, "web_archive_integration" varchar(10) NOT NULL, "enable_sharing" bool NOT NULL, "enable_favicons" bool NOT NULL, "tag_search" varchar(10) NOT NULL, "display_url" bool NOT NULL, "permanent_notes" bool NOT NULL, "enable_public_sharing" bool NOT NULL, "search_preferences" text NOT NULL CHECK ((JSON_VALID("search_preferences") OR "search_preferences" IS NULL)), "custom_css" text NOT NULL, "bookmark_description_display" varchar(10) NOT NULL, "bookmark_description_max_lines" integer NOT NULL, "display_archive_bookmark_action" bool NOT NULL, "display_edit_bookmark_action" bool NOT NULL, "display_remove_bookmark_action" bool NOT NULL, "display_view_bookmark_action" bool NOT NULL, "enable_automatic_html_snapshots" bool NOT NULL, "default_mark_unread" bool NOT NULL, "enable_preview_images" bool NOT NULL, "tag_grouping" varchar(12) NOT NULL, "auto_tagging_rules" text NOT NULL, "items_per_page" integer NOT NULL, "sticky_pagination" bool NOT NULL);
INSERT INTO "new__bookmarks_userprofile" ("id", "theme", "user_id", "bookmark_date_display", "bookmark_link_target", "web_archive_integration", "enable_sharing", "enable_favicons", "tag_search", "display_url", "permanent_notes", "enable_public_sharing", "search_preferences", "custom_css", "bookmark_description_display", "bookmark_description_max_lines", "display_archive_bookmark_action", "display_edit_bookmark_action", "display_remove_bookmark_action", "display_view_bookmark_action", "enable_automatic_html_snapshots", "default_mark_unread", "enable_preview_images", "tag_grouping", "auto_tagging_rules", "items_per_page", "sticky_pagination", "custom_css_hash") SELECT "id", "theme", "user_id", "bookmark_date_display", "bookmark_link_target", "web_archive_integration", "enable_sharing", "enable_favicons", "tag_search", "display_url", "permanent_notes", "enable_public_sharing", "search_preferences", "custom_css", "bookmark_description_display", "bookmark_description_max_lines", "display_archive_bookmark_action", "display_edit_bookmark_action", "display_remove_bookmark_action", "display_view_bookmark_action", "enable_automatic_html_snapshots", "default_mark_unread", "enable_preview_images", "tag_grouping", "auto_tagging_rules", "items_per_page", "sticky_pagination", '' FROM "bookmarks_userprofile";
DROP TABLE "bookmarks_userprofile";
ALTER TABLE "new__bookmarks_userprofile" RENAME TO "bookmarks_userprofile";
'''
    )
