"""Chromium History ``cur_version == 60``:
``MigrateClustersAutoincrementIdAndAddOriginatorColumns()`` (visit_annotations_database.cc):
``clusters`` copied into ``clusters_tmp`` (AUTOINCREMENT, ``triggerability_calculated``
NOT NULL without its default, two originator columns), the old table dropped, the copy
renamed; every statement verbatim, in its own transaction upstream (here the step's).
The guard (``DoesColumnExist`` twice and ``ClustersTableContainsAutoincrement()``) is ported.
"""

from _history import has_column

from edi_migrations.changes import ChangeConstraint, DropConstraint

# history_database.cc: kCompatibleVersionNumber = 16 and this block calls only
# SetVersionNumber(): last_compatible_version stays 16, at or below the previous version, so
# upstream lets the build one version back keep opening the upgraded file.
KEEPS_PREVIOUS_APP = True

CHANGES = (
    # 59 added it as "BOOL DEFAULT TRUE"; the copy declares "BOOLEAN NOT NULL" (every row
    # copied holds a value: the default filled the clusters before 59). AUTOINCREMENT
    # ("ids are never reused", Sync's key) and the two originator columns with their
    # defaults need no declaration.
    ChangeConstraint("clusters", "not null", "triggerability_calculated"),
    DropConstraint("clusters", "default", column="triggerability_calculated"),
)

CREATE_CLUSTERS_TMP = (
    "CREATE TABLE clusters_tmp("
    "cluster_id INTEGER PRIMARY KEY AUTOINCREMENT,"
    "should_show_on_prominent_ui_surfaces BOOLEAN NOT NULL,"
    "label VARCHAR NOT NULL,"
    "raw_label VARCHAR NOT NULL,"
    "triggerability_calculated BOOLEAN NOT NULL,"
    'originator_cache_guid TEXT DEFAULT "" NOT NULL,'
    "originator_cluster_id INTEGER DEFAULT 0 NOT NULL)"
)

COPY = (
    "INSERT INTO clusters_tmp("
    "cluster_id,should_show_on_prominent_ui_surfaces,label,raw_label,"
    "triggerability_calculated)"
    "SELECT "
    "cluster_id,should_show_on_prominent_ui_surfaces,label,raw_label,"
    "triggerability_calculated FROM clusters"
)


def _contains_autoincrement(conn):
    row = conn.execute(
        "SELECT sql FROM sqlite_schema WHERE type = 'table' AND name = 'clusters'"
    ).fetchone()
    return row is not None and "AUTOINCREMENT" in row[0]


def upgrade(conn):
    if (
        has_column(conn, "clusters", "originator_cache_guid")
        and has_column(conn, "clusters", "originator_cluster_id")
        and _contains_autoincrement(conn)
    ):
        return
    conn.execute(CREATE_CLUSTERS_TMP)
    conn.execute(COPY)
    conn.execute("DROP TABLE clusters")
    conn.execute("ALTER TABLE clusters_tmp RENAME TO clusters")
