"""Places ``Database::MigrateV57Up()``: the scrolling columns of the metadata, each added
only when its probe fails. The SQL verbatim."""

from _places import prepares


def upgrade(conn):
    if not prepares(conn, "SELECT scrolling_time FROM moz_places_metadata"):
        conn.execute(
            "ALTER TABLE moz_places_metadata "
            "ADD COLUMN scrolling_time INTEGER NOT NULL DEFAULT 0 "
        )
    if not prepares(conn, "SELECT scrolling_distance FROM moz_places_metadata"):
        conn.execute(
            "ALTER TABLE moz_places_metadata "
            "ADD COLUMN scrolling_distance INTEGER NOT NULL DEFAULT 0 "
        )
