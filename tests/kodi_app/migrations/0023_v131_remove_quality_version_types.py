"""Kodi ``UpdateTables``: ``if (iVersion < 131)``, "Remove quality-like predefined version
types" (40405 and 40418 to 40430): a used one is re-created as a user type under the same
name and its versions moved to it; each is then deleted. The loop as Python.
"""

from _kodi import USER, VERSION, step

from edi_migrations.changes import AddRows, DeleteRows, Recompute

CHANGES = (
    # upstream: "Remove quality-like predefined version types"
    DeleteRows("videoversiontype", where="id = 40405 OR id BETWEEN 40418 AND 40430"),
    # upstream: "type used by some versions, recreate as user type"
    AddRows("videoversiontype"),
    # upstream: "link the versions to the new id", the used types in id order, each at
    # the next id
    Recompute(
        "videoversion",
        "idType",
        "CASE WHEN (idType = 40405 OR idType BETWEEN 40418 AND 40430) "
        "AND idType IN (SELECT id FROM videoversiontype) THEN "
        "(SELECT max(id) FROM videoversiontype) + (SELECT count(*) FROM videoversiontype t "
        "WHERE (t.id = 40405 OR t.id BETWEEN 40418 AND 40430) AND t.id <= videoversion.idType "
        "AND t.id IN (SELECT idType FROM videoversion)) ELSE idType END",
    ),
)


def _body(conn):
    rows = conn.execute(
        "SELECT vvt.id, vvt.name, count(vv.idType) "
        "FROM videoversiontype vvt "
        "  LEFT JOIN videoversion vv ON vvt.id = vv.idType "
        "WHERE vvt.id = 40405 OR vvt.id BETWEEN 40418 AND 40430 "
        "GROUP BY vvt.id"
    ).fetchall()
    for type_id, name, count in rows:
        if count > 0:
            new_id = conn.execute(
                "INSERT INTO videoversiontype (id, name, owner, itemType) VALUES(NULL, ?, ?, ?)",
                (name, USER, VERSION),
            ).lastrowid
            conn.execute("UPDATE videoversion SET idType = ? WHERE idType = ?", (new_id, type_id))
        conn.execute("DELETE FROM videoversiontype WHERE id = ?", (type_id,))


def upgrade(conn):
    step(conn, _body)
