"""Synapse ``synapse/storage/schema/main/delta/79/04_mitigate_stream_ordering_update_race.py``,
ported: it does something on PostgreSQL only (``run_create`` has no SQLite branch).
"""


def upgrade(conn):
    pass
