"""Zotero userdata step 117 (``_migrateUserDataSchema``, ``else if (i == 117)``), ported:
A ``version`` field (4.0's) becomes ``versionNumber``: its data moves to that field
where it exists, else the field is renamed.
"""

from _zotero import value_query

from edi_migrations.changes import DeleteRows, Recompute

CHANGES = (
    # upstream's point: the data of ``version`` moves to ``versionNumber``
    Recompute(
        "itemData",
        "fieldID",
        expression="CASE WHEN fieldID = (SELECT fieldID FROM fields WHERE fieldName = 'version') AND (SELECT fieldID FROM fields WHERE fieldName = 'versionNumber') "
        "IS NOT NULL THEN (SELECT fieldID FROM fields WHERE fieldName = 'versionNumber') ELSE fieldID END",
    ),
    DeleteRows("fields", where="fieldName = 'version' AND (SELECT fieldID FROM fields WHERE fieldName = 'versionNumber') IS NOT NULL"),
    Recompute(
        "fields",
        "fieldName",
        expression="CASE WHEN fieldName = 'version' AND (SELECT fieldID FROM fields WHERE fieldName = 'versionNumber') IS NULL "
        "THEN 'versionNumber' ELSE fieldName END",
    ),
)


def upgrade(conn):
    version_field_id = value_query(conn, "SELECT fieldID FROM fields WHERE fieldName='version'")
    if version_field_id:
        version_number_field_id = value_query(conn, "SELECT fieldID FROM fields WHERE fieldName='versionNumber'")
        if version_number_field_id:
            conn.execute("UPDATE itemData SET fieldID=? WHERE fieldID=?", [version_number_field_id, version_field_id])
            conn.execute("DELETE FROM fields WHERE fieldID=?", [version_field_id])
        else:
            conn.execute("UPDATE fields SET fieldName=? WHERE fieldName=?", ["versionNumber", "version"])
