"""Chromium History ``cur_version == 63``: ``MigrateDownloadByWebApp()``
(download_database.cc): ``EnsureColumnExists("by_web_app_id", "VARCHAR NOT NULL DEFAULT
''")``, whose ALTER is ``StrCat({"ALTER TABLE ", table, " ADD COLUMN ", name, " ", type})``.
"""

from _history import add_column

# history_database.cc: kCompatibleVersionNumber = 16 and this block calls only
# SetVersionNumber(): last_compatible_version stays 16, at or below the previous version, so
# upstream lets the build one version back keep opening the upgraded file.
KEEPS_PREVIOUS_APP = True


def upgrade(conn):
    add_column(
        conn,
        "downloads",
        "by_web_app_id",
        "ALTER TABLE downloads ADD COLUMN by_web_app_id VARCHAR NOT NULL DEFAULT ''",
    )
