"""Zotero userdata step 91 (``_migrateUserDataSchema``, ``else if (i == 91)``), ported:
``libraries.archived`` added.
"""


def upgrade(conn):
    conn.execute("ALTER TABLE libraries ADD COLUMN archived INT NOT NULL DEFAULT 0")
