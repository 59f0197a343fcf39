"""What the ported steps share: Places' schema version for the runner's, and the
existence probes upstream makes with ``CreateStatement`` (a statement that fails to
prepare means the table or column is missing)."""

FIRST = 51


def places_version(version):
    """The schema version (``PRAGMA user_version``) Places records for the runner's ``version``."""
    return FIRST + version


def prepares(conn, sql):
    """``mMainConn->CreateStatement(sql)`` succeeded: the statement names what exists."""
    try:
        conn.execute(f"EXPLAIN {sql}")
    except Exception as error:  # noqa: BLE001 - sqlite3.OperationalError of whichever module
        if "no such" in str(error):
            return False
        raise
    return True
