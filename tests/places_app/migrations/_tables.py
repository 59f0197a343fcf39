"""Today's table and index definitions (``nsPlacesTables.h`` at gecko-dev commit
``6aa1ccb29dae9a3f491402b70ec2a207ea017407``, ``nsPlacesIndexes.h`` at
``99726c926afada817d2f6251059d1e5631fe5550``) that the steps create through a macro, the
C string literals joined as the compiler joins them."""

CREATE_MOZ_PLACES_METADATA = (
    "CREATE TABLE moz_places_metadata ("
    "id INTEGER PRIMARY KEY, "
    "place_id INTEGER NOT NULL, "
    "referrer_place_id INTEGER, "
    "created_at INTEGER NOT NULL DEFAULT 0, "
    "updated_at INTEGER NOT NULL DEFAULT 0, "
    "total_view_time INTEGER NOT NULL DEFAULT 0, "
    "typing_time INTEGER NOT NULL DEFAULT 0, "
    "key_presses INTEGER NOT NULL DEFAULT 0, "
    "scrolling_time INTEGER NOT NULL DEFAULT 0, "
    "scrolling_distance INTEGER NOT NULL DEFAULT 0, "
    "document_type INTEGER NOT NULL DEFAULT 0, "
    "search_query_id INTEGER, "
    "FOREIGN KEY (place_id) REFERENCES moz_places(id) ON DELETE CASCADE, "
    "FOREIGN KEY (referrer_place_id) REFERENCES moz_places(id) ON DELETE "
    "CASCADE, "
    "FOREIGN KEY(search_query_id) REFERENCES "
    "moz_places_metadata_search_queries(id) ON DELETE CASCADE "
    "CHECK(place_id != referrer_place_id) "
    ")"
)

CREATE_MOZ_PLACES_METADATA_SEARCH_QUERIES = (
    "CREATE TABLE IF NOT EXISTS moz_places_metadata_search_queries ( "
    "id INTEGER PRIMARY KEY, "
    "terms TEXT NOT NULL UNIQUE "
    ")"
)

CREATE_MOZ_PREVIEWS_TOMBSTONES = (
    "CREATE TABLE IF NOT EXISTS moz_previews_tombstones ( "
    "  hash TEXT PRIMARY KEY "
    ") WITHOUT ROWID"
)

CREATE_MOZ_PLACES_EXTRA = (
    "CREATE TABLE moz_places_extra ("
    "  place_id INTEGER PRIMARY KEY NOT NULL"
    ", sync_json TEXT"
    ", FOREIGN KEY (place_id) REFERENCES moz_places(id) ON DELETE CASCADE "
    ")"
)

CREATE_MOZ_HISTORYVISITS_EXTRA = (
    "CREATE TABLE moz_historyvisits_extra ("
    "  visit_id INTEGER PRIMARY KEY NOT NULL"
    ", sync_json TEXT"
    ", FOREIGN KEY (visit_id) REFERENCES moz_historyvisits(id) ON "
    "  DELETE CASCADE"
    ")"
)


def create_places_idx(name, table, columns, kind):
    """``CREATE_PLACES_IDX(__name, __table, __columns, __type)``."""
    return f"CREATE {kind} INDEX IF NOT EXISTS {table}_{name} ON {table} ({columns})"


CREATE_IDX_MOZ_PLACES_METADATA_PLACECREATED = create_places_idx(
    "placecreated_uniqueindex", "moz_places_metadata", "place_id, created_at", "UNIQUE"
)
CREATE_IDX_MOZ_PLACES_ALT_FRECENCY = create_places_idx(
    "altfrecencyindex", "moz_places", "alt_frecency", ""
)
