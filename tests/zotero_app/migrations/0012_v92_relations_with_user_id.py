"""Zotero userdata step 92 (``_migrateUserDataSchema``, ``else if (i == 92)``), ported:
Relations naming the local user key point at the account's user id, where there is one.
"""

from _zotero import truthy, value_query

from edi_migrations.changes import Recompute

CHANGES = (
    # upstream's point: ``users/local/<key>`` becomes ``users/<user id>`` once signed in
    Recompute(
        "itemRelations",
        "object",
        expression="CASE WHEN (SELECT value FROM settings WHERE setting = 'account' AND key = 'userID') IS NOT NULL AND (SELECT value FROM settings WHERE setting = 'account' AND key = 'userID') NOT IN (0, '') "
        "AND object LIKE 'http://zotero.org/users/local/%' "
        "THEN 'http://zotero.org/users/' || (SELECT value FROM settings WHERE setting = 'account' AND key = 'userID') || SUBSTR(object, 39) ELSE object END",
    ),
)


def upgrade(conn):
    user_id = value_query(conn, "SELECT value FROM settings WHERE setting='account' AND key='userID'")
    if truthy(user_id):
        conn.execute("UPDATE itemRelations SET object='http://zotero.org/users/' || ? || SUBSTR(object, 39) WHERE object LIKE ?", [user_id, "http://zotero.org/users/local/%"])
