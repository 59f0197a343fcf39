"""Places ``Database::MigrateV55Up()``: the places metadata tables, created by today's
``CREATE_MOZ_PLACES_METADATA`` and ``CREATE_MOZ_PLACES_METADATA_SEARCH_QUERIES`` (which
already hold the columns 57 adds: 57 then finds them and adds nothing)."""

from _places import prepares
from _tables import CREATE_MOZ_PLACES_METADATA, CREATE_MOZ_PLACES_METADATA_SEARCH_QUERIES


def upgrade(conn):
    if not prepares(conn, "SELECT id FROM moz_places_metadata"):
        conn.execute(CREATE_MOZ_PLACES_METADATA)
        conn.execute(CREATE_MOZ_PLACES_METADATA_SEARCH_QUERIES)
