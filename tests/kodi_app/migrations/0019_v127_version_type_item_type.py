"""Kodi ``UpdateTables``: ``if (iVersion < 127)``, version types get an item type: "First,
assume all types are video version types", then each type an extra uses is made an extras
type (a user-added one in place; a system one copied as a new user-added extras type, its
extras moved to the copy). The loop as Python.
"""

from _kodi import EXTRA, USER, VERSION, VIDEO_VERSION_ID_END, kodi_exec, step

from edi_migrations.changes import AddRows, Backfill, Recompute

CHANGES = (
    # upstream: "First, assume all types are video version types", then extras' types
    Backfill(
        "videoversiontype",
        "itemType",
        expression="CASE WHEN id > 40800 AND id IN "
        "(SELECT idType FROM videoversion WHERE itemType = 1) THEN 1 ELSE 0 END",
    ),
    # upstream: "system type used for an extra. copy as extras item type."
    AddRows("videoversiontype"),
    # upstream: "update the respective extras to use the new extras type", each system
    # type (in the order the DISTINCT meets them) copied at the next id
    Recompute(
        "videoversion",
        "idType",
        "CASE WHEN itemType = 1 AND idType IS NOT NULL AND idType <= 40800 THEN "
        "(SELECT coalesce(max(id), 0) FROM videoversiontype) + (SELECT count(*) FROM "
        "(SELECT min(v.rowid) AS r FROM videoversion v WHERE v.itemType = 1 "
        "AND coalesce(v.idType, 0) <= 40800 GROUP BY v.idType) g "
        "WHERE g.r <= (SELECT min(v3.rowid) FROM videoversion v3 "
        "WHERE v3.itemType = 1 AND v3.idType = videoversion.idType)) "
        "ELSE idType END",
    ),
)


def _body(conn):
    kodi_exec(conn, "ALTER TABLE videoversiontype ADD itemType INTEGER")
    conn.execute("UPDATE videoversiontype SET itemType = ?", (VERSION,))
    ids = [r[0] for r in kodi_exec(conn, "SELECT DISTINCT idType FROM videoversion WHERE itemType = 1")]
    for id_type in ids:
        id_type = id_type or 0  # get_asInt() of NULL
        if id_type > VIDEO_VERSION_ID_END:
            conn.execute("UPDATE videoversiontype SET itemType = ? WHERE id = ?", (EXTRA, id_type))
            continue
        row = conn.execute("SELECT itemType, name FROM videoversiontype WHERE id = ?", (id_type,)).fetchone()
        # upstream reads fv(0) of the row without checking eof: a type id with no row
        # reads as 0 (get_asInt of nothing) and an empty name
        item_type, name = row if row else (0, "")
        if item_type == 0:
            new_id = conn.execute(
                "INSERT INTO videoversiontype (id, name, owner, itemType) VALUES(NULL, ?, ?, ?)",
                (name, USER, EXTRA),
            ).lastrowid
            conn.execute(
                "UPDATE videoversion SET idType = ? WHERE itemType = 1 AND idType = ?",
                (new_id, id_type),
            )


def upgrade(conn):
    step(conn, _body)
