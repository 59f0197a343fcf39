"""grocy ``migrations/0031.php``: default quantity units and location. Where there is no
quantity unit, two are created (Piece/Pieces, Pack/Packs); where there is no location, one
(Fridge). The names are grocy's English strings (``GROCY_DEFAULT_LOCALE`` ``en``).
"""

from edi_migrations.changes import AddRows

# New rows in tables that existed before, on purpose (only where the table is empty).
CHANGES = (AddRows("quantity_units"), AddRows("locations"))


def upgrade(conn):
    if conn.execute("SELECT COUNT(*) FROM quantity_units").fetchone()[0] == 0:
        conn.execute(
            "INSERT INTO quantity_units (name, name_plural) VALUES (?, ?)", ("Piece", "Pieces")
        )
        conn.execute(
            "INSERT INTO quantity_units (name, name_plural) VALUES (?, ?)", ("Pack", "Packs")
        )
    if conn.execute("SELECT COUNT(*) FROM locations").fetchone()[0] == 0:
        conn.execute("INSERT INTO locations (name) VALUES (?)", ("Fridge",))
