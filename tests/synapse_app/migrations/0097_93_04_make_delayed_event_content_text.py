"""Synapse ``synapse/storage/schema/main/delta/93/04_make_delayed_event_content_text.py``,
ported: ``run_create``'s SQLite branch, which changes ``delayed_events.content``'s declared
type from ``bytea`` to ``TEXT`` by rewriting the table's SQL in ``sqlite_master``
(``writable_schema``), statement for statement.
"""


def upgrade(conn):
    # For sqlite3, change the type affinity by fiddling with the table schema directly.
    # This strategy is also used by ../50/make_event_content_nullable.py.
    row = conn.execute(
        "SELECT sql FROM sqlite_master WHERE tbl_name='delayed_events' AND type='table'"
    ).fetchone()
    assert row is not None
    (oldsql,) = row
    sql = oldsql.replace("content bytea", "content TEXT")
    if sql == oldsql:
        raise Exception("Couldn't find content bytes column in %s" % oldsql)  # noqa: UP031 (upstream's)

    row = conn.execute("PRAGMA schema_version").fetchone()
    assert row is not None
    (oldver,) = row

    conn.execute("PRAGMA writable_schema=ON")
    conn.execute(
        "UPDATE sqlite_master SET sql=? WHERE tbl_name='delayed_events' AND type='table'",
        (sql,),
    )
    conn.execute("PRAGMA schema_version=%i" % (oldver + 1,))  # noqa: UP031 (upstream's)
    conn.execute("PRAGMA writable_schema=OFF")
