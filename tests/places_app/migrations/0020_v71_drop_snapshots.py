"""Places ``Database::MigrateV71Up()``: the snapshot and session tables go, the foreign
counts they held first given back. The SQL verbatim; the two counts' failures ignored as
upstream ignores them ("the tables may not exist": on this chain they never do, since the
steps that made them, 58 to 66, are no longer run).
"""

from _places import prepares

DROPS = (
    "DROP INDEX IF EXISTS moz_places_metadata_snapshots_pinnedindex",
    "DROP INDEX IF EXISTS moz_places_metadata_snapshots_extra_typeindex",
    "DROP TABLE IF EXISTS moz_places_metadata_groups_to_snapshots",
    "DROP TABLE IF EXISTS moz_places_metadata_snapshots_groups",
    "DROP TABLE IF EXISTS moz_places_metadata_snapshots_extra",
    "DROP TABLE IF EXISTS moz_places_metadata_snapshots",
    "DROP TABLE IF EXISTS moz_session_to_places",
    "DROP TABLE IF EXISTS moz_session_metadata",
)


def upgrade(conn):
    for table in ("moz_places_metadata_snapshots", "moz_session_to_places"):
        statement = (
            "UPDATE moz_places "
            "SET foreign_count = foreign_count - 1 "
            f"WHERE id in (SELECT place_id FROM {table})"
        )
        if prepares(conn, statement):
            conn.execute(statement)
    for statement in DROPS:
        conn.execute(statement)
