"""grocy ``migrations/0063.php``: the default shopping list (id 1, created by 0062 as
``Default``) is renamed to the localized ``Shopping list`` (English here).
"""

from edi_migrations.changes import Recompute

# The default list's name is rewritten on purpose; every other list keeps its own.
CHANGES = (
    Recompute(
        "shopping_lists", "name", expression="CASE WHEN id = 1 THEN 'Shopping list' ELSE name END"
    ),
)


def upgrade(conn):
    # PHP fetches the row and calls update() on it: with no row 1 it stops with an error.
    if conn.execute("SELECT id FROM shopping_lists WHERE id = 1").fetchone() is None:
        raise RuntimeError("grocy 0063: shopping_lists has no row 1 (the default list)")
    conn.execute("UPDATE shopping_lists SET name = ? WHERE id = 1", ("Shopping list",))
