"""Kodi ``UpdateTables``: ``if (iVersion < 111)``, the orientation setting."""

from _kodi import kodi_exec, step


def upgrade(conn):
    step(conn, lambda c: kodi_exec(c, "ALTER TABLE settings ADD Orientation integer"))
