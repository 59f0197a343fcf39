"""What AntennaPod writes (``PodDBAdapter``'s ``setFeed``, ``setImage``, ``setFeedItem``,
``setMedia``, ``setQueue``, ``setChapters``, ``addDownloadStatus``), shaped by the columns
each table has at its version: two feeds with images and list filters (``hide``, 1050003
inverts them); episodes played, downloaded, half played and queued (8's media-to-item
loop, 1030005), one not started nor queued (16 marks it new), one whose
``content_encoded`` is longer than its description and one with no description (2030000);
chapters, one stored twice (13's case); a download log entry. Times are ms since 1970.
"""

_T = 1420070400000  # 2015-01-01, ms

ROWS = {
    "FeedImages": (
        {"id": 1, "title": "Cover", "file_url": "/sdcard/img/1.jpg", "download_url": "https://ex.org/cover.jpg", "downloaded": 1},
        {"id": 2, "title": "Episode art", "file_url": None, "download_url": "https://ex.org/ep2.png", "downloaded": 0},
    ),
    "Feeds": (
        {"id": 1, "title": "Tech Talk", "file_url": "/sdcard/feeds/1.xml", "download_url": "https://ex.org/feed.xml", "downloaded": 1, "link": "https://ex.org", "description": "Weekly", "last_update": str(_T), "language": "en", "author": "Ann", "image": 1, "type": "rss", "feed_identifier": "https://ex.org/feed.xml", "auto_download": 1, "flattr_status": 0, "is_paged": 0, "hide": "unplayed,paused,downloaded", "last_update_failed": 0, "auto_delete_action": 0, "custom_title": "TT", "sort_order": "1", "tags": "#root", "feed_playback_speed": 1.5},
        {"id": 2, "title": "Old Radio", "file_url": "/sdcard/feeds/2.xml", "download_url": "https://radio.example/rss", "downloaded": 1, "last_update": "Tue, 04 Jan 2015 10:00:00 GMT", "image": None, "type": "atom", "auto_download": 0, "is_paged": 1, "next_page_link": "https://radio.example/rss?page=2", "hide": "not_queued,played,not_downloaded", "last_update_failed": 1, "auto_delete_action": 2, "username": "u", "password": "p"},
    ),
    "FeedItems": (
        {"id": 1, "title": "Ep 1", "content_encoded": "<p>Long show notes for episode one</p>", "pubDate": _T, "read": 1, "link": "https://ex.org/1", "description": "Short", "media": 1, "feed": 1, "has_simple_chapters": 1, "item_identifier": "guid-1", "flattr_status": 0, "image": 2, "auto_download": 1},
        {"id": 2, "title": "Ep 2", "content_encoded": "<p>Two</p>", "pubDate": _T + 86400000, "read": 0, "description": "A much longer description of episode two", "media": 2, "feed": 1, "has_simple_chapters": 0, "item_identifier": "guid-2", "auto_download": 1},
        {"id": 3, "title": "Ep 3", "content_encoded": "<p>Notes only</p>", "pubDate": _T + 2 * 86400000, "read": 0, "description": None, "media": 3, "feed": 1, "item_identifier": "guid-3", "auto_download": 1},
        {"id": 4, "title": "Radio 1", "pubDate": _T + 3 * 86400000, "read": -1, "description": "News", "media": 4, "feed": 2, "item_identifier": "r-1", "auto_download": 0},
        {"id": 5, "title": "Radio 2", "pubDate": _T + 4 * 86400000, "read": 0, "description": "Music", "media": None, "feed": 2, "item_identifier": "r-2", "auto_download": 1},
    ),
    "FeedMedia": (
        {"id": 1, "duration": 3600000, "file_url": "/sdcard/ep1.mp3", "download_url": "https://ex.org/1.mp3", "downloaded": 1, "position": 0, "filesize": 5000000, "mime_type": "audio/mpeg", "playback_completion_date": _T + 3600000, "feeditem": 1, "played_duration": 3600000, "has_embedded_picture": 0, "last_played_time": _T + 3600000},
        {"id": 2, "duration": 1800000, "download_url": "https://ex.org/2.mp3", "downloaded": 0, "position": 60000, "filesize": 0, "mime_type": "audio/mpeg", "playback_completion_date": 0, "feeditem": 2, "played_duration": 60000, "has_embedded_picture": 0},
        {"id": 3, "duration": 1200000, "download_url": "https://ex.org/3.mp3", "downloaded": 0, "position": 0, "filesize": 0, "mime_type": "audio/mpeg", "playback_completion_date": 0, "feeditem": 3, "played_duration": 0, "has_embedded_picture": 0},
        {"id": 4, "duration": 900000, "file_url": "/sdcard/r1.ogg", "download_url": "https://radio.example/1.ogg", "downloaded": 1, "position": 0, "filesize": 800000, "mime_type": "audio/ogg", "playback_completion_date": 0, "feeditem": 4, "played_duration": 0, "has_embedded_picture": -1},
    ),
    "Queue": ({"id": 0, "feeditem": 4, "feed": 2},),
    "SimpleChapters": (
        {"id": 1, "title": "Intro", "start": 0, "feeditem": 1, "link": None, "type": 1},
        {"id": 2, "title": "Main", "start": 120000, "feeditem": 1, "link": "https://ex.org/main", "type": 1},
        # the same chapter stored twice, as the bug 13's block mends did
        {"id": 3, "title": "Main", "start": 120000, "feeditem": 1, "link": "https://ex.org/main", "type": 1},
    ),
    "DownloadLog": (
        {"id": 1, "feedfile": 1, "feedfile_type": 0, "reason": 0, "successful": 1, "completion_date": _T, "reason_detailed": None, "title": "Tech Talk"},
    ),
    "Favorites": ({"id": 1, "feeditem": 1, "feed": 1},),
}


def _columns(conn, table):
    return [r[1] for r in conn.execute(f"PRAGMA main.table_info({table})")]


def write_app_data(conn, ctx):
    for table, rows in ROWS.items():
        names = _columns(conn, table)
        if not names:  # FeedImages gone (1060596), Favorites not yet (1040001)
            continue
        for row in rows:
            kept = {k: v for k, v in row.items() if k in names}
            conn.execute(
                f"INSERT OR IGNORE INTO {table} ({', '.join(kept)}) VALUES ({', '.join('?' * len(kept))})",
                list(kept.values()),
            )
