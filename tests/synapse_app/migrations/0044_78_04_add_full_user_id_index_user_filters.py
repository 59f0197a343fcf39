"""Synapse ``synapse/storage/schema/main/delta/78/04_add_full_user_id_index_user_filters.py``,
ported: ``run_create``'s SQLite branch.
"""


def upgrade(conn):
    idx_sql = """
    CREATE UNIQUE INDEX IF NOT EXISTS user_filters_full_user_id_unique ON
    user_filters (full_user_id, filter_id)
    """
    conn.execute(idx_sql)
