"""Places ``Database::MigrateV60Up()``: the ``site_name`` column of ``moz_places``. The SQL
verbatim."""

from _places import prepares


def upgrade(conn):
    if not prepares(conn, "SELECT site_name FROM moz_places"):
        conn.execute("ALTER TABLE moz_places ADD COLUMN site_name TEXT")
