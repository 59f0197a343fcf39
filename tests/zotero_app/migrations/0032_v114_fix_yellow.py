"""Zotero userdata step 114 (``_migrateUserDataSchema``, ``else if (i == 114)``), ported:
The invalid Mendeley-imported colour ``#ffff0`` becomes ``#ffff00``.
"""

from edi_migrations.changes import Recompute

CHANGES = (
    # upstream's point: the invalid colour an import wrote, fixed
    Recompute("itemAnnotations", "color", expression="CASE WHEN color = '#ffff0' THEN '#ffff00' ELSE color END"),
)


def upgrade(conn):
    conn.execute("UPDATE itemAnnotations SET color='#ffff00' WHERE color='#ffff0'")
