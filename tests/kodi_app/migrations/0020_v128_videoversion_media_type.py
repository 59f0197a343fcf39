"""Kodi ``UpdateTables``: ``if (iVersion < 128)``, ``videoversion.mediaType`` renamed
``media_type`` by a rebuild, then "Fix gap in the migration to videodb v127 for unused
user-defined video version types": the unused user-defined version types are deleted
("That implies the loss of the unused user-defined version names created since v21 beta
2"). The SQL verbatim.
"""

from _kodi import USER, VERSION, kodi_exec, step

from edi_migrations.changes import DeleteRows, RenameColumn

CHANGES = (
    RenameColumn("videoversion", "mediaType", "media_type"),
    # upstream: "Remove them all ... That implies the loss of the unused user-defined
    # version names"
    DeleteRows(
        "videoversiontype",
        where="id NOT IN (SELECT idType FROM videoversion) AND owner = 2 AND itemType = 0",
    ),
)


def _body(conn):
    kodi_exec(
        conn,
        "CREATE TABLE videoversion_new "
        "(idFile INTEGER PRIMARY KEY, idMedia INTEGER, media_type TEXT, "
        " itemType INTEGER, idType INTEGER)",
    )
    kodi_exec(
        conn,
        "INSERT INTO videoversion_new "
        " (idFile, idMedia, media_type, itemType, idType) "
        "SELECT idFile, idMedia, mediaType, itemType, idType FROM videoversion",
    )
    kodi_exec(conn, "DROP TABLE videoversion")
    kodi_exec(conn, "ALTER TABLE videoversion_new RENAME TO videoversion")
    conn.execute(
        "DELETE FROM videoversiontype "
        "WHERE id NOT IN (SELECT idType FROM videoversion) "
        "AND owner = ? "
        "AND itemType = ?",
        (USER, VERSION),
    )


def upgrade(conn):
    step(conn, _body)
