"""Chromium cookie store ``cur_version == 21``: "Version 22 adds one new field:
"source_type" ... Existing cookies in the DB default to "unknown"". The rebuild and
``CreateV22Schema()`` verbatim (``_chrome.rebuild``); the copy writes 0 (kUnknown).
Not ``KEEPS_PREVIOUS_APP``: the block records ``std::min(22, kCompatibleVersionNumber)``,
and no copy of the file read for the port has the constant below the current version.
"""

from _chrome import V20_COLUMNS, rebuild

from edi_migrations.changes import Backfill, BreaksPreviousApp

CHANGES = (
    # "The default `source_type` is 0 which is CookieSourceType::kUnknown."
    Backfill("cookies", "source_type", constant=0),
    # the block records last_compatible_version std::min(22, kCompatibleVersionNumber) = 22:
    # a version-21 build razes the file as too new (its INSERT leaves source_type NOT NULL empty)
    BreaksPreviousApp("last_compatible_version 22: a version-21 build refuses the file"),
)

CREATE_V22 = (
    V20_COLUMNS + "last_update_utc INTEGER NOT NULL,source_type INTEGER NOT NULL);",
    "CREATE UNIQUE INDEX cookies_unique_index "
    "ON cookies(host_key, top_frame_site_key, name, path, source_scheme, "
    "source_port)",
)

INSERT_COOKIES_SQL = (
    "INSERT OR REPLACE INTO cookies "
    "(creation_utc, host_key, top_frame_site_key, name, value, "
    "encrypted_value, path, expires_utc, is_secure, is_httponly, "
    "last_access_utc, has_expires, is_persistent, priority, samesite, "
    "source_scheme, source_port, last_update_utc, source_type) "
    "SELECT creation_utc, host_key, top_frame_site_key, name, value,"
    "       encrypted_value, path, expires_utc, is_secure, is_httponly,"
    "       last_access_utc, has_expires, is_persistent, priority, "
    "       samesite, source_scheme, source_port, last_update_utc, 0 "
    "FROM cookies_old ORDER BY creation_utc ASC"
)


def upgrade(conn):
    rebuild(conn, CREATE_V22, INSERT_COOKIES_SQL)
