"""Places ``Database::MigrateV74Up()``: ``alt_frecency`` and ``recalc_alt_frecency`` on
``moz_places``, and the index of the first. The SQL verbatim."""

from _places import prepares
from _tables import CREATE_IDX_MOZ_PLACES_ALT_FRECENCY


def upgrade(conn):
    if not prepares(conn, "SELECT alt_frecency FROM moz_places"):
        conn.execute("ALTER TABLE moz_places ADD COLUMN alt_frecency INTEGER")
        conn.execute(
            "ALTER TABLE moz_places "
            "ADD COLUMN recalc_alt_frecency INTEGER NOT NULL DEFAULT 0"
        )
        conn.execute(CREATE_IDX_MOZ_PLACES_ALT_FRECENCY)
