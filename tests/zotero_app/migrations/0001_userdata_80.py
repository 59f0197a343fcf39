"""Zotero's schema at userdata version 80, the base: ``resource/schema/system.sql`` (system
version 32) and ``resource/schema/userdata.sql`` (userdata version 80) as a fresh install
runs them, verbatim from commit ``62aeb1da32133a80ba2382cfbd9fc3597701f52c`` (2015-11-12, the
last ``userdata.sql`` headed ``-- 80``). ``triggers.sql`` (its own schema, re-run by
Zotero whenever it changes) is left out; Zotero's ``version`` rows are the runner's
bookkeeping here.
"""

import json

from _base_schema import SYSTEM_SQL, USERDATA_SQL
from _zotero import userdata_version

# Zotero's item keys (Zotero.Utilities.generateObjectKey) and local user keys
# (Zotero.randomString(8)).
KEY_CHARS = "23456789ABCDEFGHIJKLMNPQRSTUVWXYZ"
LOCAL_CHARS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghiklmnopqrstuvwxyz"
COMBINED = (
    "INSERT OR IGNORE INTO itemTypesCombined "
    "SELECT itemTypeID, typeName, display, 0 AS custom FROM itemTypes UNION "
    "SELECT customItemTypeID + 10000 AS itemTypeID, typeName, display, 1 AS custom FROM customItemTypes",
    "INSERT OR IGNORE INTO fieldsCombined "
    "SELECT fieldID, fieldName, NULL AS label, fieldFormatID, 0 AS custom FROM fields UNION "
    "SELECT customFieldID + 10000 AS fieldID, fieldName, label, NULL, 1 AS custom FROM customFields",
    "INSERT OR IGNORE INTO itemTypeFieldsCombined "
    "SELECT itemTypeID, fieldID, hide, orderIndex FROM itemTypeFields UNION "
    "SELECT customItemTypeID + 10000 AS itemTypeID, "
    "COALESCE(fieldID, customFieldID + 10000) AS fieldID, hide, orderIndex FROM customItemTypeFields",
    "INSERT OR IGNORE INTO baseFieldMappingsCombined "
    "SELECT itemTypeID, baseFieldID, fieldID FROM baseFieldMappings UNION "
    "SELECT customItemTypeID + 10000 AS itemTypeID, baseFieldID, "
    "customFieldID + 10000 AS fieldID FROM customBaseFieldMappings",
)
USER_LIBRARY, PUBLICATIONS_LIBRARY, GROUP_LIBRARY, GROUP_ID = 1, 4, 5, 1234
FEED_LIBRARIES = (6, 7, 8)
FEED_VALUES = {
    "name": lambda n: f"Journal feed {n}",
    "url": lambda n: f"https://example.org/feed{n}.rss",
    "lastUpdate": lambda n: "2016-03-22 10:00:00",
    "lastCheck": lambda n: "2016-03-22 10:30:00",
    "lastCheckError": lambda n: "HTTP 503" if n == 0 else None,
    "cleanupAfter": lambda n: 2 + n,
    "cleanupReadAfter": lambda n: 30,
    "cleanupUnreadAfter": lambda n: 2 + n,
    "refreshInterval": lambda n: 60 * (n + 1),
}


def _key(rng, chars=KEY_CHARS):
    return "".join(rng.choice(chars) for _ in range(8))


def _item(conn, library, key, item_type):
    cursor = conn.execute(
        "INSERT INTO items (itemTypeID, libraryID, key, version) VALUES (?, ?, ?, 5)",
        [item_type, library, key],
    )
    return cursor.lastrowid


def app_writes(conn, ctx):
    """What Zotero writes that the steps read back: the user's library and a group's (the
    publications library until step 93), the account settings, items keyed as Zotero keys
    them, related-item relations as URIs (in the forms the 4.0 upgrade left: no ``items/``
    before 86, no ``local/`` before 89, another account's user id before 100), stored-file
    attachments (paths with folders before 128), cached item JSON, and integer data values
    before 87."""
    version, rng = userdata_version(ctx.version), ctx.rng
    # _updateCustomTables, run at every start: the combined type and field tables
    # (custom ones offset by Zotero.ItemTypes.customIDOffset), which item data references.
    for statement in COMBINED:
        conn.execute(statement)
    libraries = [(USER_LIBRARY, "user"), (GROUP_LIBRARY, "group")]
    if version < 93:
        libraries.append((PUBLICATIONS_LIBRARY, "publications"))
    for library, kind in libraries:
        conn.execute(
            "INSERT OR IGNORE INTO libraries (libraryID, type, editable, filesEditable) "
            "VALUES (?, ?, 1, 1)",
            [library, kind],
        )
    # feeds: each its own library (type 'feed'), checked and cleaned up on a schedule
    feed_columns = [row[1] for row in conn.execute("PRAGMA table_info(feeds)")][1:]
    for n, library in enumerate(FEED_LIBRARIES):
        conn.execute(
            "INSERT OR IGNORE INTO libraries (libraryID, type, editable, filesEditable) "
            "VALUES (?, 'feed', 0, 0)",
            [library],
        )
        values = [FEED_VALUES[c](n) for c in feed_columns]
        conn.execute(
            f"INSERT OR IGNORE INTO feeds (libraryID, {', '.join(feed_columns)}) "
            f"VALUES (?{', ?' * len(feed_columns)})",
            [library, *values],
        )
    conn.execute(
        "INSERT OR IGNORE INTO groups (groupID, libraryID, name, description, version) "
        "VALUES (?, ?, 'Lab', '', 3)",
        [GROUP_ID, GROUP_LIBRARY],
    )
    user_id, local = rng.randint(100000, 9999999), _key(rng, LOCAL_CHARS)
    conn.execute("INSERT OR IGNORE INTO settings VALUES ('account', 'userID', ?)", [user_id])
    conn.execute("INSERT OR IGNORE INTO settings VALUES ('account', 'localUserKey', ?)", [local])
    conn.execute("INSERT OR IGNORE INTO relationPredicates (predicate) VALUES ('dc:relation')")
    conn.execute("INSERT OR IGNORE INTO relationPredicates (predicate) VALUES ('owl:sameAs')")
    relation = conn.execute(
        "SELECT predicateID FROM relationPredicates WHERE predicate = 'dc:relation'"
    ).fetchone()[0]
    keys = {library: [] for library, _ in libraries}
    for n in range(ctx.rows):
        library = libraries[n % len(libraries)][0]
        key = _key(rng)
        item_id = _item(conn, library, key, 14 if n % 3 == 0 else 2)
        keys[library].append((item_id, key))
        if n % 3 == 0:
            folder = "files/" if version < 128 and n % 2 == 0 else ""
            conn.execute(
                "INSERT INTO itemAttachments (itemID, linkMode, contentType, path) "
                "VALUES (?, ?, 'application/pdf', ?)",
                [item_id, n % 4 if n % 4 < 3 else 1, f"storage:{folder}paper{n}.pdf"],
            )
        if library in (USER_LIBRARY, PUBLICATIONS_LIBRARY):
            data = {"key": key, "version": 5, "data": {"inPublications": n % 2 == 0}}
            conn.execute(
                "INSERT OR IGNORE INTO syncCache VALUES (?, ?, 3, 5, ?)",
                [library, key, json.dumps(data)],
            )
    mine = keys[USER_LIBRARY]
    for (item_id, _), (_, other) in zip(mine, mine[1:] + mine[:1], strict=True):
        if version < 86:
            segment = f"users/local/{local}/{other}"
        elif version < 89 and item_id % 2:
            segment = f"users/{local}/items/{other}"
        elif version < 100 and item_id % 3 == 0:
            segment = f"users/{user_id + 1}/items/{other}"
        else:
            segment = f"users/{user_id}/items/{other}"
        conn.execute(
            "INSERT OR IGNORE INTO itemRelations VALUES (?, ?, ?)",
            [item_id, relation, "http://zotero.org/" + segment],
        )
    for item_id, _ in mine[:1]:
        group_key = keys[GROUP_LIBRARY][0][1] if keys[GROUP_LIBRARY] else _key(rng)
        conn.execute(
            "INSERT OR IGNORE INTO itemRelations VALUES (?, ?, ?)",
            [item_id, relation, f"http://zotero.org/groups/{GROUP_ID}/items/{group_key}"],
        )
    if version < 87 and mine:
        for value in (1999, "1999", 2024):
            conn.execute("INSERT OR IGNORE INTO itemDataValues (value) VALUES (?)", [value])
        for field, value in ((14, 1999), (15, "1999"), (10, 2024)):  # date, section, pages
            conn.execute(
                "INSERT OR IGNORE INTO itemData SELECT ?, ?, valueID FROM itemDataValues "
                "WHERE value = ?",
                [mine[0][0], field, value],
            )


def upgrade(conn):
    conn.executescript(SYSTEM_SQL)
    conn.executescript(USERDATA_SQL)
