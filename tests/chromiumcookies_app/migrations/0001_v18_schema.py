"""Chromium's cookie store (``Cookies``) at version 18, the base: ``CreateV18Schema()``
verbatim, as ``net/extras/sqlite/sqlite_persistent_cookie_store.cc`` had it while 18 to 20
were current (README: why 18). Chromium's ``meta`` table (``version``,
``last_compatible_version``) is not made: the runner's bookkeeping holds the version.
"""

from _app_data import write_app_data
from _chrome import V18_TABLE

# CreateV18Schema(): the table (_chrome.V18_TABLE), then its unique index
CREATE_TABLE = V18_TABLE
CREATE_INDEX = (
    "CREATE UNIQUE INDEX cookies_unique_index ON cookies(host_key, top_frame_site_key, name, path)"
)


def upgrade(conn):
    conn.execute(CREATE_TABLE)
    conn.execute(CREATE_INDEX)


def app_writes(conn, ctx):
    write_app_data(conn, ctx)
