"""Kanboard has no ``version_49`` for SQLite: PicoDb's ``migrateTo`` skips a missing
function and records the version, so this step changes nothing."""


def upgrade(conn):
    pass
