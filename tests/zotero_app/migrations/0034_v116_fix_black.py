"""Zotero userdata step 116 (``_migrateUserDataSchema``, ``else if (i == 116)``), ported:
The Mendeley-imported colour ``#000`` becomes ``#000000``.
"""

from edi_migrations.changes import Recompute

CHANGES = (
    # upstream's point: the short colour an import wrote, made long
    Recompute("itemAnnotations", "color", expression="CASE WHEN color = '#000' THEN '#000000' ELSE color END"),
)


def upgrade(conn):
    conn.execute("UPDATE itemAnnotations SET color='#000000' WHERE color='#000'")
