"""Places ``Database::MigrateV54Up()``: an expiration column on ``moz_icons_to_pages``
(``favicons.sqlite``), every zeroed entry "expired today". The SQL verbatim.
"""

from _places import prepares

from edi_migrations.changes import MigrationTime

CHANGES = (
    # upstream: "Set all the zero-ed entries as expired today" (the start of today, local
    # time, in milliseconds: the day the migration runs)
    MigrationTime("moz_icons_to_pages", "expire_ms"),
)


def upgrade(conn):
    if not prepares(conn, "SELECT expire_ms FROM moz_icons_to_pages"):
        conn.execute(
            "ALTER TABLE moz_icons_to_pages "
            "ADD COLUMN expire_ms INTEGER NOT NULL DEFAULT 0 "
        )
    conn.execute(
        "UPDATE moz_icons_to_pages "
        "SET expire_ms = strftime('%s','now','localtime','start "
        "of day','utc') * 1000 "
        "WHERE expire_ms = 0 "
    )
