"""Zotero userdata step 115 (``_migrateUserDataSchema``, ``else if (i == 115)``), ported:
A site-specific Quick Copy setting without a domain deleted.
"""

from edi_migrations.changes import DeleteRows

CHANGES = (
    # upstream's point: a Quick Copy setting needs a domain
    DeleteRows("settings", where="setting = 'quickCopySite' AND key = ''"),
)


def upgrade(conn):
    conn.execute("DELETE FROM settings WHERE setting='quickCopySite' AND key=?", [""])
