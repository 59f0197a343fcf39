"""Zotero userdata step 86 (``_migrateUserDataSchema``, ``else if (i == 86)``), ported:
Related-item URIs the 4.0 upgrade wrote without ``items/`` fixed (its loop as Python,
JavaScript's regular expression as ``re``).
"""

import re

from edi_migrations.changes import Recompute

# JavaScript's /^(http:\/\/zotero.org\/(?:(?:users|groups)\/\d+|users\/local\/[^\/]+))\/([A-Z0-9]{8})$/
# (JavaScript's \d is ASCII only, hence re.ASCII).
OBJECT = re.compile(r"^(http://zotero.org/(?:(?:users|groups)/\d+|users/local/[^/]+))/([A-Z0-9]{8})\Z", re.ASCII)

CHANGES = (
    # upstream's point: ``<library>/<key>`` becomes ``<library>/items/<key>``
    Recompute(
        "itemRelations",
        "object",
        expression="CASE WHEN substr(object, 1, 18) = 'http://zotero.org/' AND NOT instr(object, 'item') AND substr(object, -9, 1) = '/' AND substr(object, -8) GLOB '[A-Z0-9][A-Z0-9][A-Z0-9][A-Z0-9][A-Z0-9][A-Z0-9][A-Z0-9][A-Z0-9]' AND ((substr(object, 19, length(object) - 27) GLOB 'users/[0-9]*' AND substr(object, 25, length(object) - 33) NOT GLOB '*[^0-9]*') OR (substr(object, 19, length(object) - 27) GLOB 'groups/[0-9]*' AND substr(object, 26, length(object) - 34) NOT GLOB '*[^0-9]*') OR (substr(object, 19, length(object) - 27) GLOB 'users/local/?*' AND NOT instr(substr(object, 31, length(object) - 39), '/'))) "
        "THEN substr(object, 1, length(object) - 8) || 'items/' || substr(object, -8) ELSE object END",
    ),
)


def upgrade(conn):
    rows = conn.execute("SELECT ROWID AS id, * FROM itemRelations WHERE SUBSTR(object, 1, 18)='http://zotero.org/' AND NOT INSTR(object, 'item')").fetchall()
    for row in rows:
        # http://zotero.org/users/local/aFeGasdGSdH/8QZ36WQ3 -> http://zotero.org/users/local/aFeGasdGSdH/items/8QZ36WQ3
        # http://zotero.org/users/12341/8QZ36WQ3 -> http://zotero.org/users/12341/items/8QZ36WQ3
        # http://zotero.org/groups/12341/8QZ36WQ3 -> http://zotero.org/groups/12341/items/8QZ36WQ3
        new_object = OBJECT.sub(r"\1/items/\2", row[3])
        conn.execute("UPDATE itemRelations SET object=? WHERE ROWID=?", [new_object, row[0]])
