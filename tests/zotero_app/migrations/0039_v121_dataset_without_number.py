"""Zotero userdata step 121 (``_migrateUserDataSchema``, ``else if (i == 121)``), ported:
The redundant Number field of the Dataset item type removed, with its data.
"""

from _zotero import value_query

from edi_migrations.changes import DeleteRows

CHANGES = (
    # upstream's point: a dataset has no Number
    DeleteRows("itemData", where="fieldID = (SELECT fieldID FROM fields WHERE fieldName = 'number') AND itemID IN (SELECT itemID FROM items WHERE itemTypeID = (SELECT itemTypeID FROM itemTypes WHERE typeName = 'dataset'))"),
    DeleteRows("itemTypeFields", where="itemTypeID = (SELECT itemTypeID FROM itemTypes WHERE typeName = 'dataset') AND fieldID = (SELECT fieldID FROM fields WHERE fieldName = 'number')"),
)


def upgrade(conn):
    dataset_item_type_id = value_query(conn, "SELECT itemTypeID FROM itemTypes WHERE typeName='dataset'")
    number_field_id = value_query(conn, "SELECT fieldID FROM fields WHERE fieldName='number'")
    if dataset_item_type_id and number_field_id:
        conn.execute("DELETE FROM itemData WHERE fieldID=? AND itemID IN (SELECT itemID FROM items WHERE itemTypeID=?)", [number_field_id, dataset_item_type_id])
        conn.execute("DELETE FROM itemTypeFields WHERE itemTypeID=? AND fieldID=?", [dataset_item_type_id, number_field_id])
