"""Zotero userdata step 89 (``_migrateUserDataSchema``, ``else if (i == 89)``), ported:
Related items the 4.0 upgrade left one-sided or without ``local/``: the loop as Python
(JavaScript's ``continue`` before the loop, where ``dc:relation`` is missing, ends the
step, as its ``for`` over versions goes on to the next).
"""

import re

from _zotero import value_query

from edi_migrations.changes import AddRows, Recompute

# JavaScript's regular expressions of the step (\w and \d ASCII only, $ the very end: \Z).
MISSING_LOCAL = re.compile(r"^users/([a-zA-Z0-9]{8})/items/([A-Z0-9]{8})\Z")
USER_ITEM = re.compile(r"^users/(local/\w+|\d+)/items/([A-Z0-9]{8})\Z", re.ASCII)
GROUP_ITEM = re.compile(r"^groups/(\d+)/items/([A-Z0-9]{8})\Z", re.ASCII)

CHANGES = (
    # upstream's point: ``users/<local key>/items/<key>`` gains its missing ``local/``
    Recompute(
        "itemRelations",
        "object",
        expression="CASE WHEN predicateID = (SELECT predicateID FROM relationPredicates "
        "WHERE predicate = 'dc:relation') AND object GLOB 'http://zotero.org/users/"
        + "[a-zA-Z0-9]" * 8 + "/items/" + "[A-Z0-9]" * 8 + "' "
        "THEN 'http://zotero.org/users/local/' || substr(object, 25) ELSE object END",
    ),
    # upstream's point: each related item gets the relation back to the one relating it
    AddRows("itemRelations"),
)


def upgrade(conn):
    group_library_map = {}
    library_group_map = {}

    def resolve_library(users_or_groups, id):
        if users_or_groups == "users":
            return 1
        if id in group_library_map:
            return group_library_map[id]
        group_library_map[id] = value_query(conn, "SELECT libraryID FROM groups WHERE groupID=?", id)
        return group_library_map[id]

    def resolve_group(id):
        if id in library_group_map:
            return library_group_map[id]
        library_group_map[id] = value_query(conn, "SELECT groupID FROM groups WHERE libraryID=?", id)
        return library_group_map[id]

    user_segment = value_query(conn, "SELECT IFNULL((SELECT value FROM settings WHERE setting='account' AND key='userID'), 'local/' || (SELECT value FROM settings WHERE setting='account' AND key='localUserKey'))")

    predicate_id = value_query(conn, "SELECT predicateID FROM relationPredicates WHERE predicate='dc:relation'")
    if not predicate_id:
        return
    rows = conn.execute("SELECT ROWID AS id, * FROM itemRelations WHERE predicateID=?", [predicate_id]).fetchall()
    for row_id, item_id, _, obj in rows:
        if not obj.startswith("http://zotero.org/"):
            continue
        obj = obj[18:]
        new_object_uri = "http://zotero.org/"

        # Fix missing 'local' from 80
        matches = MISSING_LOCAL.match(obj)
        # http://zotero.org/users/aFeGasdG/items/8QZ36WQ3 -> http://zotero.org/users/local/aFeGasdG/items/8QZ36WQ3
        if matches:
            obj = f"users/local/{matches[1]}/items/{matches[2]}"
            uri = f"http://zotero.org/users/local/{matches[1]}/items/{matches[2]}"
            conn.execute("UPDATE itemRelations SET object=? WHERE ROWID=?", [uri, row_id])

        # Add missing bidirectional from 80
        if obj.startswith("users"):
            matches = USER_ITEM.match(obj)
            if not matches:
                continue
            new_subject_library_id = 1
            new_subject_key = matches[2]
        elif obj.startswith("groups"):
            matches = GROUP_ITEM.match(obj)
            if not matches:
                continue
            new_subject_library_id = resolve_library("groups", matches[1])
            new_subject_key = matches[2]
        else:
            continue
        new_subject_id = value_query(conn, "SELECT itemID FROM items WHERE libraryID=? AND key=?", [new_subject_library_id, new_subject_key])
        if not new_subject_id:
            continue
        library_id, key = conn.execute("SELECT libraryID, key FROM items WHERE itemID=?", [item_id]).fetchone()
        if library_id == 1:
            new_object_uri += f"users/{user_segment}/items/{key}"
        else:
            group_id = resolve_group(library_id)
            new_object_uri += f"groups/{group_id}/items/{key}"
        conn.execute("INSERT OR IGNORE INTO itemRelations VALUES (?, ?, ?)", [new_subject_id, predicate_id, new_object_uri])
