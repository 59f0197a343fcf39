"""Places ``Database::MigrateV78Up()``: ``flags`` on ``moz_icons`` (``favicons.sqlite``).
The SQL verbatim."""

from _places import prepares


def upgrade(conn):
    if not prepares(conn, "SELECT flags FROM moz_icons"):
        conn.execute(
            "ALTER TABLE moz_icons "
            "ADD COLUMN flags INTEGER NOT NULL DEFAULT 0"
        )
