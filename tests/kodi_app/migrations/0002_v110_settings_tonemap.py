"""Kodi ``UpdateTables``: ``if (iVersion < 110)``, the tone-mapping settings columns."""

from _kodi import kodi_exec, step


def _body(conn):
    kodi_exec(conn, "ALTER TABLE settings ADD TonemapMethod integer")
    kodi_exec(conn, "ALTER TABLE settings ADD TonemapParam float")


def upgrade(conn):
    step(conn, _body)
