"""Synapse ``synapse/storage/schema/main/delta/78/04_add_full_user_id_index_user_filters.py``,
ported: ``run_create``'s SQLite branch.
"""

LINT_ACKNOWLEDGED = {
    # upstream's point: full_user_id is '@' || user_id || ':server' in every row (78/02 fills
    # it so, Synapse writes it so) and Synapse numbers each user's filters from 0, so no
    # (full_user_id, filter_id) repeats; upstream does not look for repeats before the index
    "EM107": "full_user_id is user_id's image and filter ids are numbered per user",
}


def upgrade(conn):
    idx_sql = """
    CREATE UNIQUE INDEX IF NOT EXISTS user_filters_full_user_id_unique ON
    user_filters (full_user_id, filter_id)
    """
    conn.execute(idx_sql)
