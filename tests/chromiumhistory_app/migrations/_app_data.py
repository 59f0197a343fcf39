"""What Chromium's History writes (``AddURL``, ``AddVisit``, ``SetKeywordSearchTermsForURL``,
``CreateDownload``, ``CreateSegment``, the annotation and cluster ``Add*`` methods), shaped
by the tables and columns the database has at its version: two pages, a typed visit and a
link visit from it, a visit synced from another device (``visit_source`` 0, SOURCE_SYNCED,
with originator ids), a search term, a finished download with its URL chain and a slice, a
segment with its usage, content and context annotations, a cluster holding both local
visits, and one typed-URL sync record while that table exists. Times are ``base::Time``
microseconds since 1601.
"""

_2024 = (1704067200 + 11644473600) * 1000000
_MINUTE = 60 * 1000000

ROWS = {
    "urls": (
        {
            "id": 1,
            "url": "https://example.com/",
            "title": "Example",
            "visit_count": 2,
            "typed_count": 1,
            "last_visit_time": _2024 + 5 * _MINUTE,
            "hidden": 0,
        },
        {
            "id": 2,
            "url": "https://example.com/docs",
            "title": "Docs",
            "visit_count": 1,
            "typed_count": 0,
            "last_visit_time": _2024 + 6 * _MINUTE,
            "hidden": 0,
        },
    ),
    "visits": (
        {
            "id": 1,
            "url": 1,
            "visit_time": _2024,
            "from_visit": 0,
            "transition": 0x30000001,
            "segment_id": 1,
            "visit_duration": 2 * _MINUTE,
            "incremented_omnibox_typed_score": 1,
            "opener_visit": 0,
            "originator_cache_guid": "",
            "originator_visit_id": 0,
            "originator_from_visit": 0,
            "originator_opener_visit": 0,
            "external_referrer_url": "",
            "is_known_to_sync": 1,
            "consider_for_ntp_most_visited": 1,
            "visited_link_id": 0,
            "app_id": None,
        },
        {
            "id": 2,
            "url": 2,
            "visit_time": _2024 + 6 * _MINUTE,
            "from_visit": 1,
            "transition": 0x30000000,
            "segment_id": 0,
            "visit_duration": _MINUTE,
            "incremented_omnibox_typed_score": 0,
            "opener_visit": 0,
            "originator_cache_guid": "",
            "originator_visit_id": 0,
            "originator_from_visit": 0,
            "originator_opener_visit": 0,
            "external_referrer_url": "https://referrer.example/",
            "is_known_to_sync": 0,
            "consider_for_ntp_most_visited": 1,
            "visited_link_id": 1,
            "app_id": "com.example.reader",
        },
        {
            "id": 3,
            "url": 1,
            "visit_time": _2024 + 5 * _MINUTE,
            "from_visit": 0,
            "transition": 0x30000001,
            "segment_id": 0,
            "visit_duration": 0,
            "incremented_omnibox_typed_score": 0,
            "opener_visit": 0,
            "originator_cache_guid": "phone-cache-guid",
            "originator_visit_id": 77,
            "originator_from_visit": 0,
            "originator_opener_visit": 0,
            "external_referrer_url": "",
            "is_known_to_sync": 1,
            "consider_for_ntp_most_visited": 0,
            "visited_link_id": 0,
            "app_id": None,
        },
    ),
    "visit_source": ({"id": 3, "source": 0},),
    "keyword_search_terms": (
        {"keyword_id": 2, "url_id": 1, "term": "Example  Docs", "normalized_term": "example docs"},
    ),
    "downloads": (
        {
            "id": 1,
            "guid": "0000002A-1B2C-4D3E-8F40-123456789ABC",
            "current_path": "/home/u/Downloads/report.pdf",
            "target_path": "/home/u/Downloads/report.pdf",
            "start_time": _2024,
            "received_bytes": 2048,
            "total_bytes": 2048,
            "state": 1,
            "danger_type": 0,
            "interrupt_reason": 0,
            "hash": b"\x01" * 32,
            "end_time": _2024 + _MINUTE,
            "opened": 0,
            "last_access_time": 0,
            "transient": 0,
            "referrer": "https://example.com/docs",
            "site_url": "https://example.com/",
            "embedder_download_data": "",
            "tab_url": "https://example.com/docs",
            "tab_referrer_url": "",
            "http_method": "GET",
            "by_ext_id": "",
            "by_ext_name": "",
            "by_web_app_id": "",
            "etag": '"abc"',
            "last_modified": "Mon, 01 Jan 2024 00:00:00 GMT",
            "mime_type": "application/pdf",
            "original_mime_type": "application/pdf",
        },
    ),
    "downloads_url_chains": ({"id": 1, "chain_index": 0, "url": "https://example.com/report.pdf"},),
    "downloads_slices": ({"download_id": 1, "offset": 0, "received_bytes": 2048, "finished": 1},),
    "segments": ({"id": 1, "name": "http://example.com/", "url_id": 1},),
    "segment_usage": ({"id": 1, "segment_id": 1, "time_slot": _2024, "visit_count": 2},),
    "typed_url_sync_metadata": ({"storage_key": 1, "value": b"\x08\x01"},),
    "content_annotations": (
        {
            "visit_id": 1,
            "visibility_score": 0.5,
            "floc_protected_score": -1,
            "categories": "1:90",
            "page_topics_model_version": 2,
            "annotation_flags": 0,
            "entities": "",
            "related_searches": "",
            "search_normalized_url": "",
            "search_terms": "",
            "alternative_title": "",
            "page_language": "en",
            "password_state": 1,
            "has_url_keyed_image": 0,
        },
    ),
    "context_annotations": (
        {
            "visit_id": 1,
            "context_annotation_flags": 1,
            "duration_since_last_visit": -1,
            "page_end_reason": 0,
            "total_foreground_duration": _MINUTE,
            "browser_type": 1,
            "window_id": 4,
            "tab_id": 9,
            "task_id": 11,
            "root_task_id": 11,
            "parent_task_id": -1,
            "response_code": 200,
        },
    ),
    "clusters": (
        {
            "cluster_id": 1,
            "should_show_on_prominent_ui_surfaces": 1,
            "label": "Example",
            "raw_label": "example",
            "triggerability_calculated": 1,
            "originator_cache_guid": "",
            "originator_cluster_id": 0,
        },
    ),
    "clusters_and_visits": (
        {
            "cluster_id": 1,
            "visit_id": 1,
            "score": 1.0,
            "engagement_score": 0.5,
            "url_for_deduping": "https://example.com/",
            "normalized_url": "https://example.com/",
            "url_for_display": "example.com",
            "interaction_state": 0,
        },
        {
            "cluster_id": 1,
            "visit_id": 2,
            "score": 0.5,
            "engagement_score": 0.0,
            "url_for_deduping": "https://example.com/docs",
            "normalized_url": "https://example.com/docs",
            "url_for_display": "example.com/docs",
            "interaction_state": 1,
        },
    ),
    "visited_links": (
        {
            "id": 1,
            "link_url_id": 2,
            "top_level_url": "https://example.com/",
            "frame_url": "https://example.com/",
            "visit_count": 1,
        },
    ),
}


def _columns(conn, table):
    return [r[1] for r in conn.execute(f"PRAGMA main.table_info({table})")]


def write_app_data(conn, ctx):
    for table, rows in ROWS.items():
        names = _columns(conn, table)
        if not names:
            continue
        for row in rows:
            present = {k: v for k, v in row.items() if k in names}
            conn.execute(
                f"INSERT OR IGNORE INTO {table} ({', '.join(present)}) "
                f"VALUES ({', '.join('?' * len(present))})",
                list(present.values()),
            )
