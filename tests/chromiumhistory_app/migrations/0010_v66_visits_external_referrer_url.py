"""Chromium History ``cur_version == 65``: ``MigrateVisitsAddExternalReferrerUrlColumn()``
(visit_database.cc), the ALTER verbatim (the column goes last; a new file's
``InitVisitTable()`` puts it after ``from_visit``: README).
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
        "external_referrer_url",
        "ALTER TABLE visits ADD COLUMN external_referrer_url TEXT",
    )
