"""Zotero userdata step 102 (``_migrateUserDataSchema``, ``else if (i == 102)``), ported:
A user id stored as a string (with blanks) stored as an integer.
"""

from _zotero import parse_int, value_query

from edi_migrations.changes import Recompute

CHANGES = (
    # upstream's point: the user id is an integer
    Recompute(
        "settings",
        "value",
        expression="CASE WHEN setting = 'account' AND key = 'userID' AND typeof(value) = 'text' "
        "AND trim(value) != '' THEN CAST(trim(value) AS INTEGER) ELSE value END",
    ),
)


def upgrade(conn):
    user_id = value_query(conn, "SELECT value FROM settings WHERE setting='account' AND key='userID'")
    if user_id and isinstance(user_id, str):
        user_id = user_id.strip()
        if user_id:
            conn.execute("UPDATE settings SET value=? WHERE setting='account' AND key='userID'", [parse_int(user_id)])
