"""What Chromium's cookie store writes (``DoCommit``'s ``INSERT INTO cookies``), shaped by
the columns the table has at its version: a first-party secure cookie set over https with
``source_scheme`` left unset (kUnset, 0) and an expiry in 2100 (step 19 caps it, step 23
marks it secure), a partitioned cookie whose host is under its top-frame site and one whose
host is not (step 23's ``has_cross_site_ancestor``), a session cookie, and a cookie that
expires soon. Times are ``base::Time`` microseconds since 1601.
"""

_2024 = (1704067200 + 11644473600) * 1000000
_2100 = (4102444800 + 11644473600) * 1000000
_HOUR = 3600 * 1000000

_COMMON = {
    "value": "",
    "encrypted_value": b"",
    "path": "/",
    "is_httponly": 0,
    "last_access_utc": _2024 + 5 * _HOUR,
    "has_expires": 1,
    "is_persistent": 1,
    "priority": 1,
    "samesite": -1,
    "source_port": 443,
    "is_same_party": 0,
    "last_update_utc": _2024 + 4 * _HOUR,
    "source_type": 1,
    "has_cross_site_ancestor": 0,
}

COOKIES = (
    {
        "creation_utc": _2024,
        "host_key": ".example.com",
        "top_frame_site_key": "",
        "name": "sid",
        "value": "a1",
        "expires_utc": _2100,
        "is_secure": 1,
        "source_scheme": 0,
    },
    {
        "creation_utc": _2024 + 1,
        "host_key": "news.site.example",
        "top_frame_site_key": "https://site.example",
        "name": "chip",
        "value": "p1",
        "expires_utc": _2024 + 48 * _HOUR,
        "is_secure": 1,
        "source_scheme": 2,
    },
    {
        "creation_utc": _2024 + 2,
        "host_key": "embed.other",
        "top_frame_site_key": "https://site.example",
        "name": "chip",
        "value": "p2",
        "expires_utc": _2024 + 48 * _HOUR,
        "is_secure": 1,
        "source_scheme": 2,
        "has_cross_site_ancestor": 1,
    },
    {
        "creation_utc": _2024 + 3,
        "host_key": "shop.example",
        "top_frame_site_key": "",
        "name": "cart",
        "value": "3",
        "expires_utc": 0,
        "is_secure": 0,
        "source_scheme": 1,
        "source_port": 80,
        "has_expires": 0,
        "is_persistent": 0,
    },
    {
        "creation_utc": _2024 + 4,
        "host_key": "shop.example",
        "top_frame_site_key": "",
        "name": "promo",
        "value": "x",
        "expires_utc": _2024 + _HOUR,
        "is_secure": 0,
        "source_scheme": 1,
        "source_port": 80,
        "samesite": 1,
    },
)


def _columns(conn):
    return [r[1] for r in conn.execute("PRAGMA main.table_info(cookies)")]


def write_app_data(conn, ctx):
    names = _columns(conn)
    for cookie in COOKIES:
        row = {k: v for k, v in {**_COMMON, **cookie}.items() if k in names}
        conn.execute(
            f"INSERT OR IGNORE INTO cookies ({', '.join(row)}) VALUES ({', '.join('?' * len(row))})",
            list(row.values()),
        )
