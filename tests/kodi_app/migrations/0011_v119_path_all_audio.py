"""Kodi ``UpdateTables``: ``if (iVersion < 119)``, the path's "all audio" flag."""

from _kodi import kodi_exec, step


def upgrade(conn):
    step(conn, lambda c: kodi_exec(c, "ALTER TABLE path ADD allAudio bool"))
