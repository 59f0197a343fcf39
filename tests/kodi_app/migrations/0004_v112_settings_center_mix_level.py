"""Kodi ``UpdateTables``: ``if (iVersion < 112)``, the centre mix level setting."""

from _kodi import kodi_exec, step


def upgrade(conn):
    step(conn, lambda c: kodi_exec(c, "ALTER TABLE settings ADD CenterMixLevel integer"))
