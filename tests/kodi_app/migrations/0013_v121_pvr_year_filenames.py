"""Kodi ``UpdateTables``: ``if (iVersion < 121)``, "https://github.com/xbmc/xbmc/issues/21253
- Kodi picks up wrong "year" for PVR recording": `` (1969)`` or `` (1601)`` is cut out of
each matching recording's file name. The loop as Python (``std::string::find``/``erase``).
"""

from _kodi import kodi_exec, step

from edi_migrations.changes import Recompute

CHANGES = (
    # upstream: the bogus year is cut out of the recording's file name (issue 21253)
    Recompute(
        "files",
        "strFilename",
        "CASE WHEN strFilename LIKE '% (1969)%.pvr' OR strFilename LIKE '% (1601)%.pvr' THEN "
        "CASE WHEN instr(strFilename, ' (1969)') > 0 "
        "THEN substr(strFilename, 1, instr(strFilename, ' (1969)') - 1) "
        "|| substr(strFilename, instr(strFilename, ' (1969)') + 7) "
        "ELSE substr(strFilename, 1, instr(strFilename, ' (1601)') - 1) "
        "|| substr(strFilename, instr(strFilename, ' (1601)') + 7) END "
        "ELSE strFilename END",
    ),
)


def _body(conn):
    rows = kodi_exec(
        conn,
        "SELECT idFile, strFilename FROM files WHERE strFilename LIKE '% (1969)%.pvr' OR "
        "strFilename LIKE '% (1601)%.pvr'",
    ).fetchall()
    for id_file, name in rows:
        pos = name.find(" (1969)")
        if pos < 0:
            pos = name.find(" (1601)")
        if pos >= 0:
            fixed = name[:pos] + name[pos + 7:]
            conn.execute("UPDATE files SET strFilename=? WHERE idFile=?", (fixed, id_file))


def upgrade(conn):
    step(conn, _body)
