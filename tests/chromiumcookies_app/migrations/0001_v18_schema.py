"""Chromium's cookie store (``Cookies``) at version 18, the base: ``CreateV18Schema()``
verbatim, as ``net/extras/sqlite/sqlite_persistent_cookie_store.cc`` had it while 18 to 20
were current (README: why 18). Chromium's ``meta`` table (``version``,
``last_compatible_version``) is not made: the runner's bookkeeping holds the version.
"""

from _app_data import write_app_data

# CreateV18Schema(): the table, then its unique index
CREATE_TABLE = (
    "CREATE TABLE cookies("
    "creation_utc INTEGER NOT NULL,"
    "host_key TEXT NOT NULL,"
    "top_frame_site_key TEXT NOT NULL,"
    "name TEXT NOT NULL,"
    "value TEXT NOT NULL,"
    "encrypted_value BLOB NOT NULL,"
    "path TEXT NOT NULL,"
    "expires_utc INTEGER NOT NULL,"
    "is_secure INTEGER NOT NULL,"
    "is_httponly INTEGER NOT NULL,"
    "last_access_utc INTEGER NOT NULL,"
    "has_expires INTEGER NOT NULL,"
    "is_persistent INTEGER NOT NULL,"
    "priority INTEGER NOT NULL,"
    "samesite INTEGER NOT NULL,"
    "source_scheme INTEGER NOT NULL,"
    "source_port INTEGER NOT NULL,"
    "is_same_party INTEGER NOT NULL,"
    "last_update_utc INTEGER NOT NULL);"
)
CREATE_INDEX = (
    "CREATE UNIQUE INDEX cookies_unique_index ON cookies(host_key, top_frame_site_key, name, path)"
)


def upgrade(conn):
    conn.execute(CREATE_TABLE)
    conn.execute(CREATE_INDEX)


def app_writes(conn, ctx):
    write_app_data(conn, ctx)
