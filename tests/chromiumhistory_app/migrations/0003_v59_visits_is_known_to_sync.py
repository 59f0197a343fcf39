"""Chromium History ``cur_version == 58``: ``MigrateVisitsAddIsKnownToSyncColumn()``
(visit_database.cc), the ALTER verbatim. Upstream: "we specifically DO NOT update the
existing visits that have visit_source == SOURCE_SYNCED", so every row keeps the default.
"""

from _history import add_column

# history_database.cc: kCompatibleVersionNumber = 16 and this block calls only
# SetVersionNumber(): last_compatible_version stays 16, at or below the previous version, so
# upstream lets the build one version back keep opening the upgraded file.
KEEPS_PREVIOUS_APP = True


def upgrade(conn):
    add_column(
        conn,
        "visits",
        "is_known_to_sync",
        "ALTER TABLE visits ADD COLUMN is_known_to_sync BOOLEAN DEFAULT FALSE NOT NULL",
    )
