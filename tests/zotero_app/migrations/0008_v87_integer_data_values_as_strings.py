"""Zotero userdata step 87 (``_migrateUserDataSchema``, ``else if (i == 87)``), ported:
Every item data value stored as an integer made a string: where the string is already
there, the data points at it and the integer goes.
"""

from _zotero import compatibility_changes, update_compatibility, value_query

from edi_migrations.changes import MergeRows, Recompute

CHANGES = (
    *compatibility_changes(3),
    # upstream's point: an integer and its string are one value, the string's
    MergeRows(
        "itemDataValues",
        key=("CASE WHEN typeof(value) IN ('integer', 'text') THEN CAST(value AS TEXT) END",),
        references=("itemData.valueID",),
    ),
    # upstream's point: an integer without its string becomes the string
    Recompute(
        "itemDataValues",
        "value",
        expression="CASE WHEN typeof(value) = 'integer' THEN CAST(value AS TEXT) ELSE value END",
    ),
)


def upgrade(conn):
    update_compatibility(conn, 3)
    rows = conn.execute("SELECT valueID, value FROM itemDataValues WHERE TYPEOF(value) = 'integer'").fetchall()
    for value_id, value in rows:
        existing = value_query(conn, "SELECT valueID FROM itemDataValues WHERE value=?", "" + str(value))
        if existing:
            conn.execute("UPDATE itemData SET valueID=? WHERE valueID=?", [existing, value_id])
            conn.execute("DELETE FROM itemDataValues WHERE valueID=?", [value_id])
        else:
            conn.execute("UPDATE itemDataValues SET value=? WHERE valueID=?", ["" + str(value), value_id])
