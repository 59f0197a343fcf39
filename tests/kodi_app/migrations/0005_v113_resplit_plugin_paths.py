"""Kodi ``UpdateTables``: ``if (iVersion < 113)``. "fb9c25f5 and e5f6d204 changed the
behavior of path splitting for plugin URIs (previously it would only use the root).
Re-split paths for plugin files in order to maintain watched state etc.": each plugin
file is filed under its re-split path (made, with its parent, where missing), or deleted
where a file of that name is already there. The loop as Python; ``SplitPath`` and
``GetParentPath`` approximated (``_kodi``). The file keeps its whole URL as its name, as
upstream's ``UPDATE`` leaves it.
"""

from _kodi import kodi_exec, parent_path, split_plugin_path, step

from edi_migrations.changes import AddRows

CHANGES = (
    # upstream: the re-split path (and its parent, where missing) are new path rows
    AddRows("path"),
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
