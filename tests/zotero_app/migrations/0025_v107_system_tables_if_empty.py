"""Zotero userdata step 107 (``_migrateUserDataSchema``, ``else if (i == 107)``), ported:
Where ``itemTypes`` is empty (the type/field overhaul moved them to the global schema),
``resource/schema/system-107.sql`` fills it (Zotero.DB.executeSQLFile).
"""

from _system_107 import SYSTEM_107
from _zotero import value_query

from edi_migrations.changes import AddRows

CHANGES = (
    # upstream's point: the system rows are loaded where none are
    AddRows("itemTypes"),
    AddRows("itemTypesCombined"),
    AddRows("fields"),
    AddRows("fieldsCombined"),
    AddRows("itemTypeFields"),
    AddRows("itemTypeFieldsCombined"),
    AddRows("baseFieldMappings"),
    AddRows("baseFieldMappingsCombined"),
    AddRows("creatorTypes"),
    AddRows("itemTypeCreatorTypes"),
)


def upgrade(conn):
    if not value_query(conn, "SELECT COUNT(*) FROM itemTypes"):
        conn.executescript(SYSTEM_107)
