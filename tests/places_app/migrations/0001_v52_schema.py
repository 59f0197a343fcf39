"""Firefox Places' schema at version 52 (Firefox 62 to 68 ESR), the base: the oldest version
today's ``Database::InitSchema`` still upgrades (below 52 it replaces the database). The
``CREATE`` statements of ``nsPlacesTables.h`` and ``nsPlacesIndexes.h`` as they stood at
schema 52 (``moz_origins`` and ``origin_id`` present, no ``moz_places_metadata``), the C
string literals joined, in the order a new database runs them; ``favicons.sqlite``'s three
tables (attached as ``favicons`` by Places) are created in the same file here.
``PRAGMA user_version`` is the runner's bookkeeping here; the bookmark roots
(``CheckRoots``, run after the schema) are the app's rows (``_app_data``).
"""

from _app_data import write_app_data

SCHEMA = (
    "CREATE TABLE moz_origins ( "
    "id INTEGER PRIMARY KEY, "
    "prefix TEXT NOT NULL, "
    "host TEXT NOT NULL, "
    "frecency INTEGER NOT NULL, "
    "UNIQUE (prefix, host) "
    ")",
    "CREATE TABLE moz_places ( "
    "  id INTEGER PRIMARY KEY"
    ", url LONGVARCHAR"
    ", title LONGVARCHAR"
    ", rev_host LONGVARCHAR"
    ", visit_count INTEGER DEFAULT 0"
    ", hidden INTEGER DEFAULT 0 NOT NULL"
    ", typed INTEGER DEFAULT 0 NOT NULL"
    ", frecency INTEGER DEFAULT -1 NOT NULL"
    ", last_visit_date INTEGER "
    ", guid TEXT"
    ", foreign_count INTEGER DEFAULT 0 NOT NULL"
    ", url_hash INTEGER DEFAULT 0 NOT NULL "
    ", description TEXT"
    ", preview_image_url TEXT"
    ", origin_id INTEGER REFERENCES moz_origins(id)"
    ")",
    "CREATE  INDEX IF NOT EXISTS moz_places_url_hashindex ON moz_places (url_hash)",
    "CREATE  INDEX IF NOT EXISTS moz_places_hostindex ON moz_places (rev_host)",
    "CREATE  INDEX IF NOT EXISTS moz_places_visitcount ON moz_places (visit_count)",
    "CREATE  INDEX IF NOT EXISTS moz_places_frecencyindex ON moz_places (frecency)",
    "CREATE  INDEX IF NOT EXISTS moz_places_lastvisitdateindex ON moz_places (last_visit_date)",
    "CREATE UNIQUE INDEX IF NOT EXISTS moz_places_guid_uniqueindex ON moz_places (guid)",
    "CREATE  INDEX IF NOT EXISTS moz_places_originidindex ON moz_places (origin_id)",
    "CREATE TABLE moz_historyvisits ("
    "  id INTEGER PRIMARY KEY"
    ", from_visit INTEGER"
    ", place_id INTEGER"
    ", visit_date INTEGER"
    ", visit_type INTEGER"
    ", session INTEGER"
    ")",
    "CREATE  INDEX IF NOT EXISTS moz_historyvisits_placedateindex ON moz_historyvisits (place_id, visit_date)",
    "CREATE  INDEX IF NOT EXISTS moz_historyvisits_fromindex ON moz_historyvisits (from_visit)",
    "CREATE  INDEX IF NOT EXISTS moz_historyvisits_dateindex ON moz_historyvisits (visit_date)",
    "CREATE TABLE moz_inputhistory ("
    "  place_id INTEGER NOT NULL"
    ", input LONGVARCHAR NOT NULL"
    ", use_count INTEGER"
    ", PRIMARY KEY (place_id, input)"
    ")",
    "CREATE TABLE moz_bookmarks ("
    "  id INTEGER PRIMARY KEY"
    ", type INTEGER"
    ", fk INTEGER DEFAULT NULL"
    ", parent INTEGER"
    ", position INTEGER"
    ", title LONGVARCHAR"
    ", keyword_id INTEGER"
    ", folder_type TEXT"
    ", dateAdded INTEGER"
    ", lastModified INTEGER"
    ", guid TEXT"
    ", syncStatus INTEGER NOT NULL DEFAULT 0"
    ", syncChangeCounter INTEGER NOT NULL DEFAULT 1"
    ")",
    "CREATE TABLE moz_bookmarks_deleted ("
    "  guid TEXT PRIMARY KEY"
    ", dateRemoved INTEGER NOT NULL DEFAULT 0"
    ")",
    "CREATE  INDEX IF NOT EXISTS moz_bookmarks_itemindex ON moz_bookmarks (fk, type)",
    "CREATE  INDEX IF NOT EXISTS moz_bookmarks_parentindex ON moz_bookmarks (parent, position)",
    "CREATE  INDEX IF NOT EXISTS moz_bookmarks_itemlastmodifiedindex ON moz_bookmarks (fk, lastModified)",
    "CREATE  INDEX IF NOT EXISTS moz_bookmarks_dateaddedindex ON moz_bookmarks (dateAdded)",
    "CREATE UNIQUE INDEX IF NOT EXISTS moz_bookmarks_guid_uniqueindex ON moz_bookmarks (guid)",
    "CREATE TABLE moz_keywords ("
    "  id INTEGER PRIMARY KEY AUTOINCREMENT"
    ", keyword TEXT UNIQUE"
    ", place_id INTEGER"
    ", post_data TEXT"
    ")",
    "CREATE UNIQUE INDEX IF NOT EXISTS moz_keywords_placepostdata_uniqueindex ON moz_keywords (place_id, post_data)",
    "CREATE TABLE moz_anno_attributes ("
    "  id INTEGER PRIMARY KEY"
    ", name VARCHAR(32) UNIQUE NOT NULL"
    ")",
    "CREATE TABLE moz_annos ("
    "  id INTEGER PRIMARY KEY"
    ", place_id INTEGER NOT NULL"
    ", anno_attribute_id INTEGER"
    ", content LONGVARCHAR"
    ", flags INTEGER DEFAULT 0"
    ", expiration INTEGER DEFAULT 0"
    ", type INTEGER DEFAULT 0"
    ", dateAdded INTEGER DEFAULT 0"
    ", lastModified INTEGER DEFAULT 0"
    ")",
    "CREATE UNIQUE INDEX IF NOT EXISTS moz_annos_placeattributeindex ON moz_annos (place_id, anno_attribute_id)",
    "CREATE TABLE moz_items_annos ("
    "  id INTEGER PRIMARY KEY"
    ", item_id INTEGER NOT NULL"
    ", anno_attribute_id INTEGER"
    ", content LONGVARCHAR"
    ", flags INTEGER DEFAULT 0"
    ", expiration INTEGER DEFAULT 0"
    ", type INTEGER DEFAULT 0"
    ", dateAdded INTEGER DEFAULT 0"
    ", lastModified INTEGER DEFAULT 0"
    ")",
    "CREATE UNIQUE INDEX IF NOT EXISTS moz_items_annos_itemattributeindex ON moz_items_annos (item_id, anno_attribute_id)",
    "CREATE TABLE moz_meta ("
    "key TEXT PRIMARY KEY, "
    "value NOT NULL"
    ") WITHOUT ROWID ",
    # favicons.sqlite
    "CREATE TABLE moz_pages_w_icons ( "
    "id INTEGER PRIMARY KEY, "
    "page_url TEXT NOT NULL, "
    "page_url_hash INTEGER NOT NULL "
    ") ",
    "CREATE  INDEX IF NOT EXISTS moz_pages_w_icons_urlhashindex ON moz_pages_w_icons (page_url_hash)",
    "CREATE TABLE moz_icons ( "
    "id INTEGER PRIMARY KEY, "
    "icon_url TEXT NOT NULL, "
    "fixed_icon_url_hash INTEGER NOT NULL, "
    "width INTEGER NOT NULL DEFAULT 0, "
    "root INTEGER NOT NULL DEFAULT 0, "
    "color INTEGER, "
    "expire_ms INTEGER NOT NULL DEFAULT 0, "
    "data BLOB "
    ") ",
    "CREATE  INDEX IF NOT EXISTS moz_icons_iconurlhashindex ON moz_icons (fixed_icon_url_hash)",
    "CREATE TABLE moz_icons_to_pages ( "
    "page_id INTEGER NOT NULL, "
    "icon_id INTEGER NOT NULL, "
    "PRIMARY KEY (page_id, icon_id), "
    "FOREIGN KEY (page_id) REFERENCES moz_pages_w_icons ON DELETE CASCADE, "
    "FOREIGN KEY (icon_id) REFERENCES moz_icons ON DELETE CASCADE "
    ") WITHOUT ROWID ",
)


def upgrade(conn):
    for statement in SCHEMA:
        conn.execute(statement)


def app_writes(conn, ctx):
    """What Firefox writes at each version (``_app_data``)."""
    write_app_data(conn, ctx)
