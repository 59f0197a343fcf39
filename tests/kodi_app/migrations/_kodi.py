"""What the ported steps share: Kodi's schema version for the runner's, ``m_pDS->exec`` as
Kodi's SQLite dataset runs it (index sizes stripped), the enum values the steps bind, the
path splitting two steps call, and the analytics (indexes, triggers, views) Kodi drops
before ``UpdateTables`` and creates after it (``CDatabase::UpdateVersion``)."""

import re

from _analytics import INDEXES, TRIGGERS, VIEWS, videoversion_analytics

FIRST = 108  # runner version 1 is Kodi's MyVideos109

VERSION, EXTRA = 0, 1  # VideoAssetType (VideoManagerTypes.h)
SYSTEM, USER = 0, 2  # VideoAssetTypeOwner
VIDEO_VERSION_ID_DEFAULT, VIDEO_VERSION_ID_END = 40400, 40800


def kodi_version(version):
    """The ``MyVideosNNN`` number Kodi gives the runner's ``version``."""
    return FIRST + version


def kodi_exec(conn, sql, params=()):
    """``dbiplus::SqliteDataset::exec``: SQLite takes no ``(255)`` size in an index, so
    Kodi strips it from ``CREATE [UNIQUE] INDEX`` before running the statement."""
    if "CREATE UNIQUE INDEX" in sql or "CREATE INDEX" in sql:
        sql = re.sub(r"\(\d+\)", "", sql)
    return conn.execute(sql, params)


def split_plugin_path(url):
    """``CVideoDatabase::SplitPath`` of a ``plugin://`` URL: the path is the URL without
    its options (``?...``), or up to its last ``/`` (approximated from ``CURL``)."""
    if "?" in url:
        path = url[: url.index("?")]
        if not path.endswith("/"):
            path = path[: path.rindex("/") + 1]
    else:
        path = url[: url.rindex("/") + 1]
    return path, url[len(path):]


def parent_path(path):
    """``URIUtils::GetParentPath`` of a folder URL (trailing ``/`` kept)."""
    stripped = path.rstrip("/")
    return stripped[: stripped.rindex("/") + 1] if "/" in stripped else ""


def _columns(conn, table):
    return [r[1] for r in conn.execute(f"PRAGMA table_info({table})")]


def drop_analytics(conn):
    """``SqliteDatabase::drop_analytics``: every index (not a table's own), view and trigger."""
    rows = conn.execute(
        "SELECT type, name FROM sqlite_master WHERE (type = 'index' AND sql IS NOT NULL) "
        "OR type IN ('view', 'trigger')"
    ).fetchall()
    for kind, name in rows:
        conn.execute(f"DROP {kind.upper()} IF EXISTS {name}")


def create_analytics(conn):
    """``CVideoDatabase::CreateAnalytics`` and ``CreateViews`` at the commit (README): the
    ``videoversion`` parts only where the table exists (123 on), on its column as then
    named (``mediaType`` until 128's rebuild); ``movie_view`` and ``musicvideo_view`` are
    not ported (README)."""
    for sql in INDEXES:
        kodi_exec(conn, sql)
    media_type = None
    if "videoversion" in {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}:
        cols = _columns(conn, "videoversion")
        media_type = "media_type" if "media_type" in cols else "mediaType"
    for sql in TRIGGERS + videoversion_analytics(media_type):
        kodi_exec(conn, sql)
    for sql in VIEWS:
        conn.execute(sql)


def step(conn, body):
    """One ``if (iVersion < N)`` block between the analytics Kodi drops and recreates."""
    drop_analytics(conn)
    body(conn)
    create_analytics(conn)
