"""Kanboard has no ``version_51`` for SQLite: PicoDb's ``migrateTo`` skips a missing
function and records the version, so this step changes nothing."""


def upgrade(conn):
    pass
