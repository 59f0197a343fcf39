"""Chromium History ``cur_version == 67``: ``MigrateRemoveTypedUrlMetadata()``
(history_database.cc): ``meta_table_.DeleteKey("typed_url_model_type_state")`` (not
ported: the runner's bookkeeping replaces the meta table) and the DROP verbatim. "The
migration to version 40 concerned Sync metadata for TypedURLs, which doesn't exist anymore
in current versions (68+)".
"""

from edi_migrations.changes import DropTable

# history_database.cc: kCompatibleVersionNumber = 16 and this block calls only
# SetVersionNumber(): last_compatible_version stays 16, at or below the previous version, so
# upstream lets the build one version back keep opening the upgraded file.
KEEPS_PREVIOUS_APP = True

CHANGES = (
    # TypedURLs sync is gone from 68 on: its metadata table goes with it
    DropTable("typed_url_sync_metadata"),
)


def upgrade(conn):
    conn.execute("DROP TABLE IF EXISTS typed_url_sync_metadata;")
