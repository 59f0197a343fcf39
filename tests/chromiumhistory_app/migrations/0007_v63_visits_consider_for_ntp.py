"""Chromium History ``cur_version == 62``:
``MigrateVisitsAddConsiderForNewTabPageMostVisitedColumn()`` (visit_database.cc), the ALTER
verbatim.
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
        "consider_for_ntp_most_visited",
        "ALTER TABLE visits ADD COLUMN consider_for_ntp_most_visited "
        "BOOLEAN DEFAULT FALSE NOT NULL",
    )
