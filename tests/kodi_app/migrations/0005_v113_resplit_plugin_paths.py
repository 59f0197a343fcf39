"""Kodi ``UpdateTables``: ``if (iVersion < 113)``. "fb9c25f5 and e5f6d204 changed the
behavior of path splitting for plugin URIs (previously it would only use the root).
Re-split paths for plugin files in order to maintain watched state etc.": each plugin
file is filed under its re-split path (made, with its parent, where missing), or deleted
where a file of that name is already there. The loop as Python; ``SplitPath`` and
``GetParentPath`` approximated (``_kodi``). The file keeps its whole URL as its name, as
upstream's ``UPDATE`` leaves it.
"""

from _kodi import kodi_exec, parent_path, split_plugin_path, step

from edi_migrations.changes import AddRows, DeleteRows, Recompute


def _split(url):
    """``split_plugin_path``'s path in SQL: up to ``?``, then up to the last ``/``."""
    pre = f"(CASE WHEN instr({url}, '?') > 0 THEN substr({url}, 1, instr({url}, '?') - 1) ELSE {url} END)"
    return f"rtrim({pre}, replace({pre}, '/', ''))"


def _parent(path):
    stripped = f"rtrim({path}, '/')"
    return f"rtrim({stripped}, replace({stripped}, '/', ''))"


_P = _split("files.strFilename")
_KNOWN = "(SELECT strPath FROM path WHERE strPath IS NOT NULL)"
_MOVED = (
    f"files.strFilename LIKE 'plugin://%' AND {_P} IS NOT coalesce("
    "(SELECT strPath FROM path WHERE path.idPath = files.idPath), '')"
)
# The id the loop gives a path it inserts: the largest before plus its place among the
# distinct paths (each new one's parent first, where missing) inserted for the files in
# the order the query returns them.
_NEW_ID = (
    "(WITH items AS (SELECT f.rowid AS k, " + _split("f.strFilename") + " AS p FROM files f "
    "WHERE f.strFilename LIKE 'plugin://%' AND " + _split("f.strFilename") + " IS NOT "
    "coalesce((SELECT strPath FROM path WHERE path.idPath = f.idPath), '')), "
    f"fresh AS (SELECT k, p, {_parent('p')} AS par FROM items WHERE p NOT IN {_KNOWN}), "
    f"emitted AS (SELECT k, 0 AS s, par AS str FROM fresh WHERE par NOT IN {_KNOWN} "
    "UNION ALL SELECT k, 1, p FROM fresh), "
    "firsts AS (SELECT str, min(k * 2 + s) AS o FROM emitted GROUP BY str) "
    "SELECT coalesce((SELECT max(idPath) FROM path), 0) + (SELECT count(*) FROM firsts "
    f"WHERE o <= (SELECT o FROM firsts WHERE str = {_P})))"
)
_EXISTING = f"(SELECT min(idPath) FROM path WHERE strPath = {_P})"

CHANGES = (
    # upstream: the re-split path (and its parent, where missing) are new path rows
    AddRows("path"),
    # upstream: "Re-split paths for plugin files in order to maintain watched state":
    # each plugin file is filed under its own path
    Recompute(
        "files",
        "idPath",
        f"CASE WHEN {_MOVED} THEN coalesce({_EXISTING}, {_NEW_ID}) ELSE idPath END",
    ),
    # upstream: a file of its name already under that path stands for it: it is deleted
    DeleteRows(
        "files",
        where=f"{_MOVED} AND EXISTS (SELECT 1 FROM files f2 WHERE f2.strFilename = "
        f"substr(files.strFilename, length({_P}) + 1) AND f2.idPath = {_EXISTING})",
    ),
)


def _value(conn, sql, params):
    row = conn.execute(sql, params).fetchone()
    return row[0] if row else -1


def _body(conn):
    rows = kodi_exec(
        conn,
        "SELECT files.idFile, files.strFilename, path.strPath FROM files LEFT JOIN path ON files.idPath = path.idPath WHERE files.strFilename LIKE 'plugin://%'",
    ).fetchall()
    for id_file, filename, stored in rows:
        path, fn = split_plugin_path(filename)
        if path == stored:
            continue
        pathid = _value(conn, "SELECT idPath FROM path WHERE strPath=?", (path,))
        if pathid < 0:
            parent = parent_path(path)
            parentid = _value(conn, "SELECT idPath FROM path WHERE strPath=?", (parent,))
            if parentid < 0:
                parentid = conn.execute("INSERT INTO path (strPath) VALUES (?)", (parent,)).lastrowid
            pathid = conn.execute(
                "INSERT INTO path (strPath, idParentPath) VALUES (?, ?)", (path, parentid)
            ).lastrowid
        exists = conn.execute(
            "SELECT idFile FROM files WHERE strFileName=? AND idPath=?", (fn, pathid)
        ).fetchone()
        if exists:
            conn.execute("DELETE FROM files WHERE idFile=?", (id_file,))
        else:
            conn.execute("UPDATE files SET idPath=? WHERE idFile=?", (pathid, id_file))


def upgrade(conn):
    step(conn, _body)
