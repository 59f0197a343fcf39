"""Zotero userdata step 125 (``_migrateUserDataSchema``, ``else if (i == 125)``), ported:
``libraries.isAdmin``; every group synced again to fill it.
"""

from edi_migrations.changes import Recompute

CHANGES = (
    # upstream's point: every group is fetched again (its version reset)
    Recompute("groups", "version", expression="0"),
)


def upgrade(conn):
    conn.execute("ALTER TABLE libraries ADD COLUMN isAdmin INT NOT NULL DEFAULT 0")
    # Force all groups to resync so isAdmin is populated from the API
    conn.execute("UPDATE groups SET version = 0")
