"""Chromium History ``cur_version == 59``: ``MigrateClustersAddTriggerabilityCalculated()``
(visit_annotations_database.cc), verbatim: "Set default to true, as clusters added to this
table prior to this column getting added are the fully formed clusters".
"""

from _history import add_column

# history_database.cc: kCompatibleVersionNumber = 16 and this block calls only
# SetVersionNumber(): last_compatible_version stays 16, at or below the previous version, so
# upstream lets the build one version back keep opening the upgraded file.
KEEPS_PREVIOUS_APP = True


def upgrade(conn):
    add_column(
        conn,
        "clusters",
        "triggerability_calculated",
        "ALTER TABLE clusters ADD COLUMN triggerability_calculated BOOL DEFAULT TRUE",
    )
