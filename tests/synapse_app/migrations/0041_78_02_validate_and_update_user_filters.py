"""Synapse ``synapse/storage/schema/main/delta/78/02_validate_and_update_user_filters.py``,
ported: ``run_upgrade``'s SQLite branch (``user_filters`` rebuilt with ``full_user_id NOT
NULL``, filled from ``user_id`` and the server's name), statement for statement.

Synapse runs ``run_upgrade`` on an existing database only; the runner's migrations always
upgrade, so it runs here. ``SERVER_NAME`` stands in for ``config.server.server_name``.
"""

from edi_migrations.changes import Recompute

CHANGES = (
    # upstream's point: full_user_id filled from user_id and the server's name (the unique
    # index on (user_id, filter_id) the rebuild loses is not declared)
    Recompute("user_filters", "full_user_id", expression="'@' || user_id || ':example.org'"),
)

SERVER_NAME = "example.org"


def upgrade(conn):
    hostname = SERVER_NAME
    conn.execute("DROP TABLE IF EXISTS temp_user_filters")
    create_sql = """
    CREATE TABLE temp_user_filters (
        full_user_id text NOT NULL,
        user_id text NOT NULL,
        filter_id bigint NOT NULL,
        filter_json bytea NOT NULL
    )
    """
    conn.execute(create_sql)

    index_sql = """
    CREATE UNIQUE INDEX IF NOT EXISTS user_filters_unique ON
        temp_user_filters (user_id, filter_id)
    """
    conn.execute(index_sql)

    copy_sql = """
    INSERT INTO temp_user_filters (
        user_id,
        filter_id,
        filter_json,
        full_user_id)
        SELECT user_id, filter_id, filter_json, '@' || user_id || ':' || ? FROM user_filters
    """
    conn.execute(copy_sql, (f"{hostname}",))

    drop_sql = """
    DROP TABLE user_filters
    """
    conn.execute(drop_sql)

    rename_sql = """
    ALTER TABLE temp_user_filters RENAME to user_filters
    """
    conn.execute(rename_sql)
