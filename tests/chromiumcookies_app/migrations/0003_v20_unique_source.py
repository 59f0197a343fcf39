"""Chromium cookie store ``cur_version == 19``: "Version 20 changes the UNIQUE constraint to
include the source_scheme and source_port". The rebuild and ``CreateV20Schema()`` verbatim
(``_chrome.rebuild``); the copy is ``INSERT OR REPLACE`` ordered by ``creation_utc``.
Not ``KEEPS_PREVIOUS_APP``: compatible version 20 (``kCompatibleVersionNumber`` 20 at the
version-20 copy of the file).
"""

from _chrome import V18_TABLE, rebuild

from edi_migrations.changes import ChangeConstraint

CHANGES = (
    # "changes the UNIQUE constraint to include the source_scheme and source_port"
    ChangeConstraint("cookies", "unique"),
)

CREATE_V20 = (
    V18_TABLE,
    "CREATE UNIQUE INDEX cookies_unique_index "
    "ON cookies(host_key, top_frame_site_key, name, path, source_scheme, "
    "source_port)",
)

INSERT_COOKIES_SQL = (
    "INSERT OR REPLACE INTO cookies "
    "(creation_utc, host_key, top_frame_site_key, name, value, "
    "encrypted_value, path, expires_utc, is_secure, is_httponly, "
    "last_access_utc, has_expires, is_persistent, priority, samesite, "
    "source_scheme, source_port, is_same_party, last_update_utc) "
    "SELECT creation_utc, host_key, top_frame_site_key, name, value,"
    "       encrypted_value, path, expires_utc, is_secure, is_httponly,"
    "       last_access_utc, has_expires, is_persistent, priority, "
    "       samesite, source_scheme, source_port, is_same_party, "
    "last_update_utc "
    "FROM cookies_old ORDER BY creation_utc ASC"
)


def upgrade(conn):
    rebuild(conn, CREATE_V20, INSERT_COOKIES_SQL)
