"""Zotero userdata step 85 (``_migrateUserDataSchema``, ``else if (i == 85)``), ported:
The ``sync`` and ``syncdeletelog`` version rows deleted.
"""

from edi_migrations.changes import DeleteRows

CHANGES = (
    # upstream's point: rows of the 4.0 sync, unused
    DeleteRows("version", where="schema IN ('sync', 'syncdeletelog')"),
)


def upgrade(conn):
    conn.execute("DELETE FROM version WHERE schema IN ('sync', 'syncdeletelog')")
