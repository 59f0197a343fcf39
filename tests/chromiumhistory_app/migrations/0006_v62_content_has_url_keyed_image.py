"""Chromium History ``cur_version == 61``: ``MigrateContentAnnotationsAddHasUrlKeyedImage()``
(visit_annotations_database.cc), the ALTER verbatim.
"""

from _history import add_column

# history_database.cc: kCompatibleVersionNumber = 16 and this block calls only
# SetVersionNumber(): last_compatible_version stays 16, at or below the previous version, so
# upstream lets the build one version back keep opening the upgraded file.
KEEPS_PREVIOUS_APP = True


def upgrade(conn):
    add_column(
        conn,
        "content_annotations",
        "has_url_keyed_image",
        "ALTER TABLE content_annotations "
        "ADD COLUMN has_url_keyed_image BOOLEAN DEFAULT false NOT NULL",
    )
