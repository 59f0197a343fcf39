"""Synapse ``synapse/storage/schema/main/delta/78/03_remove_unused_indexes_user_filters.py``,
ported as what it does: nothing.

Its only function is named ``run_update``; ``prepare_database`` calls ``run_create`` and
``run_upgrade`` and nothing else, so Synapse never runs the ``user_filters`` rebuild it
holds (and 78/02, as it stands, makes none of the indexes it means to drop).
"""


def upgrade(conn):
    pass
