"""Kodi ``UpdateTables``: ``if (iVersion < 123)``, video versions: the type table, filled by
``InitializeVideoVersionTypeTable`` (ids 40400 to 40800, each named by its localized
string; the names here stand for the English strings, approximated, and only ids 40400 to
40430 are given one: ids without a string are skipped), and one version row per movie.
"""

from _kodi import SYSTEM, VERSION, VIDEO_VERSION_ID_DEFAULT, kodi_exec, step

NAMES = {40400 + i: f"Version type {i}" for i in range(31)}
NAMES[40400] = "Standard edition"


def _body(conn):
    kodi_exec(conn, "CREATE TABLE videoversiontype (id INTEGER PRIMARY KEY, name TEXT, owner INTEGER)")
    for type_id, name in NAMES.items():
        conn.execute(
            "INSERT INTO videoversiontype (id, name, owner) VALUES(?, ?, ?)",
            (type_id, name, SYSTEM),
        )
    kodi_exec(
        conn,
        "CREATE TABLE videoversion (idFile INTEGER PRIMARY KEY, idMedia INTEGER, mediaType "
        "TEXT, itemType INTEGER, idType INTEGER)",
    )
    kodi_exec(
        conn,
        f"INSERT INTO videoversion SELECT idFile, idMovie, 'movie', '{VERSION}', "
        f"'{VIDEO_VERSION_ID_DEFAULT}' FROM movie",
    )


def upgrade(conn):
    step(conn, _body)
