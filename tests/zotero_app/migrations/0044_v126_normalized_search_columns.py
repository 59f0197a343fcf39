"""Zotero userdata step 126 (``_migrateUserDataSchema``, ``else if (i == 126)``), ported:
Accent-insensitive search: normalized copies of values, tags, creator names and
annotation text (filled later by the app: ``normalizeBackfill``).
"""

from _zotero import compatibility_changes, update_compatibility

from edi_migrations.changes import DeleteRows

CHANGES = (
    *compatibility_changes(8),
    # upstream's point: the app is told to fill the new columns (REPLACE)
    DeleteRows("settings", where="setting = 'search' AND key = 'normalizeBackfill'"),
)


def upgrade(conn):
    update_compatibility(conn, 8)

    conn.execute("ALTER TABLE itemDataValues ADD COLUMN valueNormalized TEXT")
    conn.execute("ALTER TABLE tags ADD COLUMN nameNormalized TEXT")
    conn.execute("ALTER TABLE creators ADD COLUMN firstNameNormalized TEXT")
    conn.execute("ALTER TABLE creators ADD COLUMN lastNameNormalized TEXT")
    conn.execute("ALTER TABLE itemAnnotations ADD COLUMN textNormalized TEXT")
    conn.execute("ALTER TABLE itemAnnotations ADD COLUMN commentNormalized TEXT")
    conn.execute("REPLACE INTO settings VALUES ('search', 'normalizeBackfill', 1)")
