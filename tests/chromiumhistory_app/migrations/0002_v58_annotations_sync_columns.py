"""Chromium History ``cur_version == 57``: ``MigrateAnnotationsAddColumnsForSync()``
(visit_annotations_database.cc): seven ``context_annotations`` columns and two
``content_annotations`` columns, each ALTER verbatim behind its ``DoesColumnExist``.
"""

from _history import add_column, has_table

# history_database.cc: kCompatibleVersionNumber = 16 and this block calls only
# SetVersionNumber(): last_compatible_version stays 16, at or below the previous version, so
# upstream lets the build one version back keep opening the upgraded file.
KEEPS_PREVIOUS_APP = True

CONTEXT_COLUMNS = (
    ("browser_type", "ADD COLUMN browser_type INTEGER DEFAULT 0 NOT NULL"),
    ("window_id", "ADD COLUMN window_id INTEGER DEFAULT -1 NOT NULL"),
    ("tab_id", "ADD COLUMN tab_id INTEGER DEFAULT -1 NOT NULL"),
    ("task_id", "ADD COLUMN task_id INTEGER DEFAULT -1 NOT NULL"),
    ("root_task_id", "ADD COLUMN root_task_id INTEGER DEFAULT -1 NOT NULL"),
    ("parent_task_id", "ADD COLUMN parent_task_id INTEGER DEFAULT -1 NOT NULL"),
    ("response_code", "ADD COLUMN response_code INTEGER DEFAULT 0 NOT NULL"),
)
CONTENT_COLUMNS = (
    ("page_language", "ADD COLUMN page_language VARCHAR"),
    ("password_state", "ADD COLUMN password_state INTEGER DEFAULT 0 NOT NULL"),
)


def upgrade(conn):
    if not has_table(conn, "context_annotations"):
        raise RuntimeError("Context annotations table should exist before migration")
    for column, clause in CONTEXT_COLUMNS:
        add_column(conn, "context_annotations", column, f"ALTER TABLE context_annotations {clause}")
    for column, clause in CONTENT_COLUMNS:
        add_column(conn, "content_annotations", column, f"ALTER TABLE content_annotations {clause}")
