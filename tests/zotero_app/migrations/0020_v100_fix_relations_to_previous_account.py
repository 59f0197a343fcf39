"""Zotero userdata step 100 (``_migrateUserDataSchema``, ``else if (i == 100)``), ported:
Related-item URIs naming another account's user id (a previous account) name this one's.
"""

import re

from _zotero import loosely_differ, truthy, value_query

from edi_migrations.changes import Recompute

# JavaScript's /^http:\\/\\/zotero.org\\/users\\/(\\d+)\\/items\\/([A-Z0-9]+)$/
USER_ITEM = re.compile(r"^http://zotero.org/users/(\d+)/items/([A-Z0-9]+)\Z", re.ASCII)

CHANGES = (
    # upstream's point: a relation naming a previous account's user id names this one's
    Recompute(
        "itemRelations",
        "object",
        expression="CASE WHEN predicateID = (SELECT predicateID FROM relationPredicates WHERE predicate = 'dc:relation') AND (SELECT libraryID FROM items WHERE items.itemID = itemRelations.itemID) = 1 AND (SELECT value FROM settings WHERE setting = 'account' AND key = 'userID') IS NOT NULL AND (SELECT value FROM settings WHERE setting = 'account' AND key = 'userID') NOT IN (0, '') AND object GLOB 'http://zotero.org/users/[0-9]*/items/?*' AND substr(object, 25, instr(substr(object, 25), '/') - 1) NOT GLOB '*[^0-9]*' AND substr(object, 25 + length(substr(object, 25, instr(substr(object, 25), '/') - 1)), 7) = '/items/' AND substr(object, 32 + length(substr(object, 25, instr(substr(object, 25), '/') - 1))) NOT GLOB '*[^A-Z0-9]*' AND CAST(substr(object, 25, instr(substr(object, 25), '/') - 1) AS INTEGER) != (SELECT value FROM settings WHERE setting = 'account' AND key = 'userID') "
        "THEN 'http://zotero.org/users/' || (SELECT value FROM settings WHERE setting = 'account' AND key = 'userID') || '/items/' || substr(object, 32 + length(substr(object, 25, instr(substr(object, 25), '/') - 1))) ELSE object END",
    ),
)


def upgrade(conn):
    user_id = value_query(conn, "SELECT value FROM settings WHERE setting='account' AND key='userID'")
    predicate_id = value_query(conn, "SELECT predicateID FROM relationPredicates WHERE predicate='dc:relation'")
    if truthy(user_id) and truthy(predicate_id):
        rows = conn.execute("SELECT itemID, object FROM items JOIN itemRelations IR USING (itemID) WHERE libraryID=? AND predicateID=?", [1, predicate_id]).fetchall()
        for item_id, obj in rows:
            matches = USER_ITEM.match(obj)
            if matches:
                # Wrong libraryID
                if loosely_differ(matches[1], user_id):
                    conn.execute(f"UPDATE OR REPLACE itemRelations SET object='http://zotero.org/users/{user_id}/items/{matches[2]}' WHERE itemID=? AND predicateID=?", [item_id, predicate_id])
