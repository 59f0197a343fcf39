"""Chromium cookie store ``cur_version == 22``: "Version 23 adds the value for
has_cross_site_ancestor and updates any preexisting cookies with a source_scheme value of
kUnset and a is_secure of true to have a source_scheme value of kSecure", and puts
``has_cross_site_ancestor`` into the unique index. The rebuild and ``CreateV23Schema()``
verbatim (``_chrome.rebuild``). The copy calls ``CONCAT``, which SQLite has from 3.44.
Not ``KEEPS_PREVIOUS_APP``: the block records ``std::min(23, kCompatibleVersionNumber)``,
and no copy of the file read for the port has the constant below the current version.
"""

from _chrome import V20_COLUMNS, rebuild

from edi_migrations.changes import Backfill, BreaksPreviousApp, ChangeConstraint, Recompute

CHANGES = (
    # "value of 0 reflects int value of CookieSourceScheme::kUnset
    #  value of 2 reflects int value of CookieSourceScheme::kSecure"
    Recompute(
        "cookies",
        "source_scheme",
        expression="CASE WHEN source_scheme = 0 AND is_secure = 1 THEN 2 ELSE source_scheme END",
    ),
    # "it has the potential to have a origin mismatch due to substring operations ...
    #  We are ok with this" (the copy's CONCAT written as ||, so that the declaration reads on
    #  any SQLite: top_frame_site_key is NOT NULL, where the two differ)
    Backfill(
        "cookies",
        "has_cross_site_ancestor",
        expression="CASE WHEN INSTR(top_frame_site_key, '://') > 0 AND host_key "
        "LIKE '%' || SUBSTR(top_frame_site_key, INSTR(top_frame_site_key,'://') + 3) || '%' "
        "THEN 0 ELSE 1 END",
    ),
    # CreateV23Schema(): the unique index now starts with has_cross_site_ancestor's key
    ChangeConstraint("cookies", "unique"),
    # the block records last_compatible_version std::min(23, kCompatibleVersionNumber) = 23:
    # a version-22 build razes the file (its INSERT leaves has_cross_site_ancestor empty)
    BreaksPreviousApp("last_compatible_version 23: a version-22 build refuses the file"),
)

CREATE_V23 = (
    V20_COLUMNS + "last_update_utc INTEGER NOT NULL,"
    "source_type INTEGER NOT NULL,"
    "has_cross_site_ancestor INTEGER NOT NULL);",
    "CREATE UNIQUE INDEX cookies_unique_index "
    "ON cookies(host_key, top_frame_site_key, has_cross_site_ancestor, "
    "name, path, source_scheme, source_port)",
)

INSERT_COOKIES_SQL = (
    "INSERT OR REPLACE INTO cookies "
    "(creation_utc, host_key, top_frame_site_key, name, value, "
    "encrypted_value, path, expires_utc, is_secure, is_httponly, "
    "last_access_utc, has_expires, is_persistent, priority, samesite, "
    "source_scheme, source_port, last_update_utc, source_type, "
    "has_cross_site_ancestor) "
    "SELECT creation_utc, host_key, top_frame_site_key, name, value,"
    "       encrypted_value, path, expires_utc, is_secure, is_httponly,"
    "       last_access_utc, has_expires, is_persistent, priority, "
    "       samesite, "
    "       CASE WHEN source_scheme = 0 AND is_secure = 1 "
    "           THEN 2 ELSE source_scheme END, "
    "       source_port, last_update_utc, source_type, "
    "       CASE WHEN INSTR(top_frame_site_key, '://') > 0 AND host_key "
    "           LIKE CONCAT('%', SUBSTR(top_frame_site_key, "
    "           INSTR(top_frame_site_key,'://') + 3),  '%') "
    "           THEN 0 ELSE 1 "
    "           END AS has_cross_site_ancestor "
    "FROM cookies_old ORDER BY creation_utc ASC"
)


def upgrade(conn):
    rebuild(conn, CREATE_V23, INSERT_COOKIES_SQL)
