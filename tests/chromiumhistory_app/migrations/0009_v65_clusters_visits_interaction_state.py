"""Chromium History ``cur_version == 64``: ``MigrateClustersAndVisitsAddInteractionState()``
(visit_annotations_database.cc), the ALTER verbatim. ``ClusterVisit::InteractionState`` is
kDefault, kHidden or kDone (``InteractionStateFromInt`` reads anything else as kDefault);
every visit already in a cluster gets the DEFAULT 0.
"""

from _history import add_column

# history_database.cc: kCompatibleVersionNumber = 16 and this block calls only
# SetVersionNumber(): last_compatible_version stays 16, at or below the previous version, so
# upstream lets the build one version back keep opening the upgraded file.
KEEPS_PREVIOUS_APP = True


def upgrade(conn):
    add_column(
        conn,
        "clusters_and_visits",
        "interaction_state",
        "ALTER TABLE clusters_and_visits ADD COLUMN interaction_state INTEGER DEFAULT 0 NOT NULL",
    )
