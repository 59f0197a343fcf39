"""Kodi ``UpdateTables``: ``if (iVersion < 120)``, the stream's HDR type."""

from _kodi import kodi_exec, step


def upgrade(conn):
    step(conn, lambda c: kodi_exec(c, "ALTER TABLE streamdetails ADD strHdrType text"))
