"""Chromium History ``cur_version == 66``: ``MigrateVisitsAddVisitedLinkIdColumn()``
(visit_database.cc), the ALTER verbatim ("visited_link_id INTEGER": no DEFAULT 0 NOT NULL
as a new file's ``InitVisitTable()`` has; README). The ``visited_links`` table the ids
name is made by the same build's ``Init()`` (``CreateVisitedLinkTable()``, verbatim, with
its index) before ``EnsureCurrentVersion()`` runs the block: the port makes it here.
"""

from _history import add_column, has_table

# history_database.cc: kCompatibleVersionNumber = 16 and this block calls only
# SetVersionNumber(): last_compatible_version stays 16, at or below the previous version, so
# upstream lets the build one version back keep opening the upgraded file.
KEEPS_PREVIOUS_APP = True

# VisitedLinkDatabase::CreateVisitedLinkTable()
CREATE_VISITED_LINKS = (
    "CREATE TABLE visited_links("
    "id INTEGER PRIMARY KEY AUTOINCREMENT,"
    "link_url_id INTEGER NOT NULL,"
    "top_level_url LONGVARCHAR NOT NULL,"
    "frame_url LONGVARCHAR NOT NULL,"
    "visit_count INTEGER DEFAULT 0 NOT NULL)"
)
VISITED_LINKS_INDEX = (
    "CREATE INDEX IF NOT EXISTS visited_links_index ON "
    "visited_links (link_url_id, top_level_url, frame_url)"
)


def upgrade(conn):
    if not has_table(conn, "visited_links"):
        conn.execute(CREATE_VISITED_LINKS)
        conn.execute(VISITED_LINKS_INDEX)
    add_column(
        conn, "visits", "visited_link_id", "ALTER TABLE visits ADD COLUMN visited_link_id INTEGER"
    )
