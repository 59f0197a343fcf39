"""Places ``Database::MigrateV56Up()``: the (place_id, created_at) unique index of
``moz_places_metadata`` (``CREATE_IDX_MOZ_PLACES_METADATA_PLACECREATED``)."""

from _tables import CREATE_IDX_MOZ_PLACES_METADATA_PLACECREATED


def upgrade(conn):
    conn.execute(CREATE_IDX_MOZ_PLACES_METADATA_PLACECREATED)
