"""Places ``Database::MigrateV73Up()``: ``recalc_frecency``, ``alt_frecency`` and
``recalc_alt_frecency`` on ``moz_origins``. The SQL verbatim."""

from _places import prepares


def upgrade(conn):
    if not prepares(conn, "SELECT recalc_frecency FROM moz_origins"):
        conn.execute(
            "ALTER TABLE moz_origins "
            "ADD COLUMN recalc_frecency INTEGER NOT NULL DEFAULT 0"
        )
        conn.execute("ALTER TABLE moz_origins ADD COLUMN alt_frecency INTEGER")
        conn.execute(
            "ALTER TABLE moz_origins "
            "ADD COLUMN recalc_alt_frecency INTEGER NOT NULL DEFAULT 0"
        )
