"""Chromium's History database at version 57, the base: the ``CREATE`` statements
``HistoryDatabase::Init()`` runs at the commit ported (README), verbatim, less what blocks
57 to 68 add: ``visits``' five later columns, ``clusters``' AUTOINCREMENT and three later
columns, ``content_annotations``' ``page_language``, ``password_state`` and
``has_url_keyed_image``, ``context_annotations``' seven sync columns,
``clusters_and_visits.interaction_state``, ``downloads.by_web_app_id`` and the
``visited_links`` table; plus ``typed_url_sync_metadata``, which block 67 drops
(``TypedURLSyncMetadataDatabase::Init()``'s statement). ``clusters`` and
``clusters_and_visits`` are the version-58 era's ``CreateClustersTable()`` and
``CreateClustersAndVisitsTableAndIndex()`` (block 56 made them; README). Chromium's ``meta``
table (``version``, ``last_compatible_version`` and its keys) is not made: the runner's
bookkeeping holds the version. ``history_sync_metadata`` is not ported (no step touches it).
"""

from _app_data import write_app_data

# URLDatabase::CreateURLTable(false)
URLS = (
    "CREATE TABLE urls"
    "(id INTEGER PRIMARY KEY AUTOINCREMENT,"
    "url LONGVARCHAR,"
    "title LONGVARCHAR,"
    "visit_count INTEGER DEFAULT 0 NOT NULL,"
    "typed_count INTEGER DEFAULT 0 NOT NULL,"
    "last_visit_time INTEGER NOT NULL,"
    "hidden INTEGER DEFAULT 0 NOT NULL)"
)

# VisitDatabase::InitVisitTable(), without external_referrer_url (65),
# is_known_to_sync (58), consider_for_ntp_most_visited (62), visited_link_id (66), app_id (68)
VISITS = (
    "CREATE TABLE visits("
    "id INTEGER PRIMARY KEY AUTOINCREMENT,"
    "url INTEGER NOT NULL,"
    "visit_time INTEGER NOT NULL,"
    "from_visit INTEGER,"
    "transition INTEGER DEFAULT 0 NOT NULL,"
    "segment_id INTEGER,"
    "visit_duration INTEGER DEFAULT 0 NOT NULL,"
    "incremented_omnibox_typed_score BOOLEAN DEFAULT FALSE NOT NULL,"
    "opener_visit INTEGER,"
    "originator_cache_guid TEXT,"
    "originator_visit_id INTEGER,"
    "originator_from_visit INTEGER,"
    "originator_opener_visit INTEGER)"
)

VISIT_TABLE = (
    VISITS,
    "CREATE TABLE visit_source(id INTEGER PRIMARY KEY,source INTEGER NOT NULL)",
    "CREATE INDEX IF NOT EXISTS visits_url_index ON visits (url)",
    "CREATE INDEX IF NOT EXISTS visits_from_index ON visits (from_visit)",
    "CREATE INDEX IF NOT EXISTS visits_time_index ON visits (visit_time)",
    "CREATE INDEX IF NOT EXISTS visits_originator_id_index ON visits (originator_visit_id)",
)

# URLDatabase::InitKeywordSearchTermsTable() and CreateKeywordSearchTermsIndices()
KEYWORD_SEARCH_TERMS = (
    "CREATE TABLE keyword_search_terms ("
    "keyword_id INTEGER NOT NULL,"
    "url_id INTEGER NOT NULL,"
    "term LONGVARCHAR NOT NULL,"
    "normalized_term LONGVARCHAR NOT NULL)",
    "CREATE INDEX IF NOT EXISTS keyword_search_terms_index1 ON "
    "keyword_search_terms (keyword_id, normalized_term)",
    "CREATE INDEX IF NOT EXISTS keyword_search_terms_index2 ON keyword_search_terms (url_id)",
    "CREATE INDEX IF NOT EXISTS keyword_search_terms_index3 ON keyword_search_terms (term)",
)

# DownloadDatabase::InitDownloadTable(): kSchema without by_web_app_id (63), kUrlChainSchema,
# kSlicesSchema
DOWNLOADS = (
    "CREATE TABLE downloads ("
    "id INTEGER PRIMARY KEY,"
    "guid VARCHAR NOT NULL,"
    "current_path LONGVARCHAR NOT NULL,"
    "target_path LONGVARCHAR NOT NULL,"
    "start_time INTEGER NOT NULL,"
    "received_bytes INTEGER NOT NULL,"
    "total_bytes INTEGER NOT NULL,"
    "state INTEGER NOT NULL,"
    "danger_type INTEGER NOT NULL,"
    "interrupt_reason INTEGER NOT NULL,"
    "hash BLOB NOT NULL,"
    "end_time INTEGER NOT NULL,"
    "opened INTEGER NOT NULL,"
    "last_access_time INTEGER NOT NULL,"
    "transient INTEGER NOT NULL,"
    "referrer VARCHAR NOT NULL,"
    "site_url VARCHAR NOT NULL,"
    "embedder_download_data VARCHAR NOT NULL,"
    "tab_url VARCHAR NOT NULL,"
    "tab_referrer_url VARCHAR NOT NULL,"
    "http_method VARCHAR NOT NULL,"
    "by_ext_id VARCHAR NOT NULL,"
    "by_ext_name VARCHAR NOT NULL,"
    "etag VARCHAR NOT NULL,"
    "last_modified VARCHAR NOT NULL,"
    "mime_type VARCHAR(255) NOT NULL,"
    "original_mime_type VARCHAR(255) NOT NULL)",
    "CREATE TABLE downloads_url_chains ("
    "id INTEGER NOT NULL,"
    "chain_index INTEGER NOT NULL,"
    "url LONGVARCHAR NOT NULL, "
    "PRIMARY KEY (id, chain_index) )",
    "CREATE TABLE downloads_slices ("
    "download_id INTEGER NOT NULL,"
    "offset INTEGER NOT NULL,"
    "received_bytes INTEGER NOT NULL,"
    "finished INTEGER NOT NULL DEFAULT 0,"
    "PRIMARY KEY (download_id, offset) )",
)

# VisitSegmentDatabase::InitSegmentTables()
SEGMENTS = (
    "CREATE TABLE segments (id INTEGER PRIMARY KEY,name VARCHAR,url_id INTEGER NON NULL)",
    "CREATE INDEX segments_name ON segments(name)",
    "CREATE INDEX IF NOT EXISTS segments_url_id ON segments(url_id)",
    "CREATE TABLE segment_usage ("
    "id INTEGER PRIMARY KEY,"
    "segment_id INTEGER NOT NULL,"
    "time_slot INTEGER NOT NULL,"
    "visit_count INTEGER DEFAULT 0 NOT NULL)",
    "CREATE INDEX segment_usage_time_slot_segment_id ON segment_usage(time_slot, segment_id)",
    "CREATE INDEX IF NOT EXISTS segments_usage_seg_id ON segment_usage(segment_id)",
)

# TypedURLSyncMetadataDatabase::Init() (the table block 67 drops)
TYPED_URL_SYNC_METADATA = (
    "CREATE TABLE typed_url_sync_metadata (storage_key INTEGER PRIMARY KEY NOT NULL,value BLOB)"
)

# VisitAnnotationsDatabase::InitVisitAnnotationsTables(): content_annotations without
# page_language, password_state (57) and has_url_keyed_image (61); context_annotations
# without the seven columns 57 adds; the version-58 era's CreateClustersTable() (no
# AUTOINCREMENT, none of the columns 59 and 60 add) and
# CreateClustersAndVisitsTableAndIndex() (score and engagement_score without the DEFAULT 0
# today's has; no interaction_state, 64)
ANNOTATIONS = (
    "CREATE TABLE IF NOT EXISTS content_annotations("
    "visit_id INTEGER PRIMARY KEY,"
    "visibility_score NUMERIC,"
    "floc_protected_score NUMERIC,"
    "categories VARCHAR,"
    "page_topics_model_version INTEGER,"
    "annotation_flags INTEGER NOT NULL,"
    "entities VARCHAR,"
    "related_searches VARCHAR,"
    "search_normalized_url VARCHAR,"
    "search_terms LONGVARCHAR,"
    "alternative_title VARCHAR)",
    "CREATE TABLE IF NOT EXISTS context_annotations("
    "visit_id INTEGER PRIMARY KEY,"
    "context_annotation_flags INTEGER NOT NULL,"
    "duration_since_last_visit INTEGER,"
    "page_end_reason INTEGER,"
    "total_foreground_duration INTEGER)",
    "CREATE TABLE IF NOT EXISTS clusters("
    "cluster_id INTEGER PRIMARY KEY,"
    "should_show_on_prominent_ui_surfaces BOOLEAN NOT NULL,"
    "label VARCHAR NOT NULL,"
    "raw_label VARCHAR NOT NULL)",
    "CREATE TABLE IF NOT EXISTS clusters_and_visits("
    "cluster_id INTEGER NOT NULL,"
    "visit_id INTEGER NOT NULL,"
    "score NUMERIC NOT NULL,"
    "engagement_score NUMERIC NOT NULL,"
    "url_for_deduping LONGVARCHAR NOT NULL,"
    "normalized_url LONGVARCHAR NOT NULL,"
    "url_for_display LONGVARCHAR NOT NULL,"
    "PRIMARY KEY(cluster_id,visit_id))"
    "WITHOUT ROWID",
    "CREATE INDEX IF NOT EXISTS clusters_for_visit ON clusters_and_visits(visit_id)",
    "CREATE TABLE IF NOT EXISTS cluster_keywords("
    "cluster_id INTEGER NOT NULL,"
    "keyword VARCHAR NOT NULL,"
    "type INTEGER NOT NULL,"
    "score NUMERIC NOT NULL,"
    "collections VARCHAR NOT NULL)",
    "CREATE INDEX IF NOT EXISTS cluster_keywords_cluster_id_index ON cluster_keywords(cluster_id)",
    "CREATE TABLE IF NOT EXISTS cluster_visit_duplicates("
    "visit_id INTEGER NOT NULL,"
    "duplicate_visit_id INTEGER NOT NULL,"
    "PRIMARY KEY(visit_id,duplicate_visit_id))"
    "WITHOUT ROWID",
)

# URLDatabase::CreateMainURLIndex()
URLS_INDEX = "CREATE INDEX IF NOT EXISTS urls_url_index ON urls (url)"


def upgrade(conn):
    # Init()'s order: CreateURLTable, InitVisitTable, InitKeywordSearchTermsTable,
    # InitDownloadTable, InitSegmentTables, typed URL metadata, InitVisitAnnotationsTables,
    # CreateMainURLIndex
    conn.execute(URLS)
    for statement in (
        *VISIT_TABLE,
        *KEYWORD_SEARCH_TERMS,
        *DOWNLOADS,
        *SEGMENTS,
        TYPED_URL_SYNC_METADATA,
        *ANNOTATIONS,
        URLS_INDEX,
    ):
        conn.execute(statement)


def app_writes(conn, ctx):
    write_app_data(conn, ctx)
