"""Places ``Database::MigrateV61Up()``: the previews tombstones table
(``CREATE_MOZ_PREVIEWS_TOMBSTONES``) if necessary."""

from _places import prepares
from _tables import CREATE_MOZ_PREVIEWS_TOMBSTONES


def upgrade(conn):
    if not prepares(conn, "SELECT hash FROM moz_previews_tombstones"):
        conn.execute(CREATE_MOZ_PREVIEWS_TOMBSTONES)
