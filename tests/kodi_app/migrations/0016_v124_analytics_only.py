"""Kodi schema 124: ``UpdateTables`` has no ``if (iVersion < 124)`` block at the commit
in the README (nothing of its tables to change; the views and analytics Kodi recreates on
every upgrade); a database upgraded by today's Kodi only records the version here, as this step does."""


def upgrade(conn):
    pass
