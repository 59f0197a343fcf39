"""Places ``Database::MigrateV69Up()``: ``source`` and ``triggeringPlaceId`` on
``moz_historyvisits``. The SQL verbatim."""

from _places import prepares


def upgrade(conn):
    if not prepares(conn, "SELECT source FROM moz_historyvisits"):
        conn.execute(
            "ALTER TABLE moz_historyvisits "
            "ADD COLUMN source INTEGER DEFAULT 0 NOT NULL"
        )
        conn.execute(
            "ALTER TABLE moz_historyvisits "
            "ADD COLUMN triggeringPlaceId INTEGER"
        )
