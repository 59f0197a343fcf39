"""What Firefox writes that the steps read back, shaped by the schema version the database
is at: origins and pages (frecencies positive, ``-1`` and flipped negatives, two flipped
pages of one origin), visits, the bookmark roots and bookmarks (a bookmarked page never
visited), a keyword, typed inputs in mixed case (two spellings of one input), page and
item annotations (Sync's ``sync/parent`` among them), ``moz_meta``'s statistics, icons of
pages (expired and not), and, where the version has them, metadata, search queries,
previews tombstones and the ``_extra`` rows.
"""

from _places import places_version

DAY_US = 86_400_000_000
NOW_US = 1_700_000_000_000_000


def url_hash(url):
    """Stands for the app's ``hash()`` (``mozilla::HashString`` of the URL's prefix and
    whole string, 48 bits): the same shape, not the same bits. No step reads it."""
    prefix = url.split(":", 1)[0]
    return (sum(map(ord, prefix)) & 0xFFFF) << 32 | (hash_string(url) & 0xFFFFFFFF)


def hash_string(text):
    value = 0
    for char in text:
        value = ((value << 5) - value + ord(char)) & 0xFFFFFFFF
    return value


def _put(conn, table, row):
    names = [r[1] for r in conn.execute(f"PRAGMA table_info({table})")]
    row = {k: v for k, v in row.items() if k in names}
    conn.execute(
        f"INSERT OR IGNORE INTO {table} ({', '.join(row)}) VALUES ({', '.join('?' * len(row))})",
        list(row.values()),
    )


def _tables(conn):
    return {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}


ORIGINS = (
    (1, "https://", "example.org", 300),
    (2, "http://", "news.example.com", 50),
    (3, "https://", "docs.example.net", 0),
)
# id, url, origin, frecency, visit_count, foreign_count (bookmarks + keywords)
PAGES = (
    (1, "https://example.org/", 1, 200, 3, 1),
    (2, "https://example.org/about", 1, -1, 1, 0),
    (3, "http://news.example.com/a", 2, -120, 2, 0),
    (4, "http://news.example.com/b", 2, -80, 1, 0),
    (5, "https://docs.example.net/start", 3, 100, 0, 2),
    (6, "https://example.org/search?q=%s", 1, 40, 1, 1),
)
INPUTS = (
    (1, "Exa", 3),
    (1, "exa", 5),
    (3, "NEWS", 2),
    (3, "News", 7),
    (5, "docs", 1),
    (6, "Search", 4),
)


def write_app_data(conn, ctx):
    version, tables = places_version(ctx.version), _tables(conn)
    for origin_id, prefix, host, frecency in ORIGINS:
        _put(
            conn,
            "moz_origins",
            {
                "id": origin_id,
                "prefix": prefix,
                "host": host,
                "frecency": frecency,
                "recalc_frecency": 0,
                "alt_frecency": frecency // 2,
                "recalc_alt_frecency": 0,
            },
        )
    for page_id, url, origin_id, frecency, visits, foreign in PAGES:
        if version >= 70 and frecency < -1:
            frecency = -frecency
        host = url.split("/")[2]
        _put(
            conn,
            "moz_places",
            {
                "id": page_id,
                "url": url,
                "title": f"Page {page_id}",
                "rev_host": host[::-1] + ".",
                "visit_count": visits,
                "hidden": 0,
                "typed": page_id % 2,
                "frecency": frecency,
                "last_visit_date": NOW_US - page_id * DAY_US if visits else None,
                "guid": f"page{page_id:08d}",
                "foreign_count": foreign,
                "url_hash": url_hash(url),
                "description": f"About page {page_id}",
                "preview_image_url": f"{url}preview.png",
                "origin_id": origin_id,
                "site_name": host,
                "recalc_frecency": 0,
                "alt_frecency": None if page_id == 2 else frecency,
                "recalc_alt_frecency": 0,
            },
        )
    visit_id = 0
    for page_id, _url, _origin, _frecency, visits, _foreign in PAGES:
        for n in range(visits):
            visit_id += 1
            _put(
                conn,
                "moz_historyvisits",
                {
                    "id": visit_id,
                    "from_visit": visit_id - 1 if n else 0,
                    "place_id": page_id,
                    "visit_date": NOW_US - (page_id + n) * DAY_US,
                    "visit_type": 1 + n % 2,
                    "session": 0,
                    "source": n % 3,
                    "triggeringPlaceId": 1 if page_id != 1 else None,
                },
            )
    roots = (
        ("root________", 0, ""),
        ("menu________", 1, "menu"),
        ("toolbar_____", 1, "toolbar"),
        ("tags________", 1, "tags"),
        ("unfiled_____", 1, "unfiled"),
        ("mobile______", 1, "mobile"),
    )
    for n, (guid, parent, title) in enumerate(roots, start=1):
        _put(
            conn,
            "moz_bookmarks",
            {
                "id": n,
                "type": 2,
                "parent": parent,
                "position": max(n - 2, 0),
                "title": title,
                "dateAdded": NOW_US,
                "lastModified": NOW_US,
                "guid": guid,
                "syncStatus": 1,
                "syncChangeCounter": 1,
            },
        )
    for n, (page_id, parent) in enumerate(((1, 3), (5, 2), (5, 5), (6, 2)), start=7):
        _put(
            conn,
            "moz_bookmarks",
            {
                "id": n,
                "type": 1,
                "fk": page_id,
                "parent": parent,
                "position": n - 7,
                "title": f"Bookmark {n}",
                "dateAdded": NOW_US - n,
                "lastModified": NOW_US,
                "guid": f"bookmark{n:04d}",
                "syncStatus": 2,
                "syncChangeCounter": 0,
            },
        )
    _put(conn, "moz_bookmarks_deleted", {"guid": "deleted00001", "dateRemoved": NOW_US})
    _put(conn, "moz_keywords", {"id": 1, "keyword": "s", "place_id": 6, "post_data": None})
    for page_id, text, count in INPUTS:
        _put(conn, "moz_inputhistory", {"place_id": page_id, "input": text, "use_count": count})
    attributes = (
        "sync/parent",
        "bookmarkProperties/description",
        "URIProperties/characterSet",
        "livemark/feedURI",
    )
    for n, name in enumerate(attributes, start=1):
        _put(conn, "moz_anno_attributes", {"id": n, "name": name})
    _put(
        conn,
        "moz_annos",
        {
            "id": 1,
            "place_id": 3,
            "anno_attribute_id": 3,
            "content": "UTF-8",
            "flags": 0,
            "expiration": 4,
            "type": 3,
            "dateAdded": NOW_US,
            "lastModified": NOW_US,
        },
    )
    if "moz_items_annos" in tables:
        for n, (item, attribute, content) in enumerate(
            ((7, 1, "menu________"), (8, 2, "Docs"), (9, 4, "https://example.org/feed")), 1
        ):
            _put(
                conn,
                "moz_items_annos",
                {
                    "id": n,
                    "item_id": item,
                    "anno_attribute_id": attribute,
                    "content": content,
                    "flags": 0,
                    "expiration": 4,
                    "type": 3,
                    "dateAdded": NOW_US,
                    "lastModified": NOW_US,
                },
            )
    meta = {
        "frecency_count": 4,
        "frecency_sum": 460,
        "frecency_sum_of_squares": 53600,
        "sync/bookmarks/syncId": "bookmarkSyncId",
    }
    for key, value in meta.items():
        _put(conn, "moz_meta", {"key": key, "value": value})
    for page_id, url, *_rest in PAGES[:3]:
        _put(
            conn,
            "moz_pages_w_icons",
            {"id": page_id, "page_url": url, "page_url_hash": url_hash(url)},
        )
        _put(
            conn,
            "moz_icons",
            {
                "id": page_id,
                "icon_url": f"{url}favicon.ico",
                "fixed_icon_url_hash": url_hash(url),
                "width": 16 * page_id,
                "root": page_id % 2,
                "color": 0xFF0000 + page_id,
                "expire_ms": NOW_US // 1000,
                "flags": 0,
                "data": b"\x89PNG",
            },
        )
        _put(
            conn,
            "moz_icons_to_pages",
            {
                "page_id": page_id,
                "icon_id": page_id,
                "expire_ms": 0 if page_id == 1 else NOW_US // 1000,
            },
        )
    if "moz_places_metadata" in tables:
        _put(conn, "moz_places_metadata_search_queries", {"id": 1, "terms": "firefox places"})
        for n, (place, referrer, query) in enumerate(
            ((1, None, None), (3, 1, 1), (5, 6, None)), start=1
        ):
            _put(
                conn,
                "moz_places_metadata",
                {
                    "id": n,
                    "place_id": place,
                    "referrer_place_id": referrer,
                    "created_at": NOW_US // 1000 - n,
                    "updated_at": NOW_US // 1000,
                    "total_view_time": 1000 * n,
                    "typing_time": 10 * n,
                    "key_presses": n,
                    "scrolling_time": 50 * n,
                    "scrolling_distance": 300 * n,
                    "document_type": n % 2,
                    "search_query_id": query,
                },
            )
    if "moz_previews_tombstones" in tables:
        _put(conn, "moz_previews_tombstones", {"hash": "4f1d0c0b3e"})
    if "moz_places_extra" in tables:
        _put(conn, "moz_places_extra", {"place_id": 1, "sync_json": '{"last_visit_date_local": 1}'})
        _put(conn, "moz_historyvisits_extra", {"visit_id": 1, "sync_json": '{"sync": 1}'})
