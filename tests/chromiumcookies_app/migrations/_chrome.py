"""What the ported steps share: Chromium's cookie-store version for the runner's, the
``base::Time`` arithmetic step 19 binds, and the rebuild every schema block repeats
(rename, re-create, copy back, drop), verbatim."""

FIRST = 17  # runner version 1 is Chromium's cookie-store version 18

# ``base::Time::Now() + base::Days(400)`` as ``BindTime`` stores it: microseconds since
# 1601-01-01 (11644473600 s before the Unix epoch). Approximated: Now is the start of the
# current UTC day, so that the declaration of step 19 computes the very value the step binds.
EXPIRES_CAP_SQL = (
    "((CAST(strftime('%s', date('now')) AS INTEGER) + 11644473600 + 400 * 86400) * 1000000)"
)


def chrome_version(version):
    """The version Chromium's ``meta`` table would hold for the runner's ``version``."""
    return FIRST + version


def rebuild(conn, create_statements, insert_cookies_sql):
    """A block's ``DROP TABLE IF EXISTS cookies_old``, the rename, the old unique index
    dropped, ``CreateVNNSchema``, the copy back and the old table dropped, in upstream's
    order (each ``db()->Execute``)."""
    conn.execute("DROP TABLE IF EXISTS cookies_old")
    conn.execute("ALTER TABLE cookies RENAME TO cookies_old")
    conn.execute("DROP INDEX IF EXISTS cookies_unique_index")
    for statement in create_statements:
        conn.execute(statement)
    conn.execute(insert_cookies_sql)
    conn.execute("DROP TABLE cookies_old")


V20_COLUMNS = (
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
)

# CreateV18Schema()'s table, which CreateV20Schema() makes again to the letter (only the
# unique index differs)
V18_TABLE = V20_COLUMNS + "is_same_party INTEGER NOT NULL,last_update_utc INTEGER NOT NULL);"
