"""Chromium cookie store ``cur_version == 20``: "Version 21 removes the is_same_party
column". The rebuild and ``CreateV21Schema()`` verbatim (``_chrome.rebuild``).
Not ``KEEPS_PREVIOUS_APP``: the block records ``std::min(21, kCompatibleVersionNumber)``,
and no copy of the file read for the port has the constant below the current version.
"""

from _chrome import V20_COLUMNS, rebuild

from edi_migrations.changes import BreaksPreviousApp, DropColumn

CHANGES = (
    # "removes the is_same_party column"
    DropColumn("cookies", "is_same_party"),
    # the block records last_compatible_version std::min(21, kCompatibleVersionNumber) = 21:
    # a version-20 build razes the file as too new (its statements name is_same_party)
    BreaksPreviousApp("last_compatible_version 21: a version-20 build refuses the file"),
)

CREATE_V21 = (
    V20_COLUMNS + "last_update_utc INTEGER NOT NULL);",
    "CREATE UNIQUE INDEX cookies_unique_index "
    "ON cookies(host_key, top_frame_site_key, name, path, source_scheme, "
    "source_port)",
)

INSERT_COOKIES_SQL = (
    "INSERT OR REPLACE INTO cookies "
    "(creation_utc, host_key, top_frame_site_key, name, value, "
    "encrypted_value, path, expires_utc, is_secure, is_httponly, "
    "last_access_utc, has_expires, is_persistent, priority, samesite, "
    "source_scheme, source_port, last_update_utc) "
    "SELECT creation_utc, host_key, top_frame_site_key, name, value,"
    "       encrypted_value, path, expires_utc, is_secure, is_httponly,"
    "       last_access_utc, has_expires, is_persistent, priority, "
    "       samesite, source_scheme, source_port, last_update_utc "
    "FROM cookies_old ORDER BY creation_utc ASC"
)


def upgrade(conn):
    rebuild(conn, CREATE_V21, INSERT_COOKIES_SQL)
