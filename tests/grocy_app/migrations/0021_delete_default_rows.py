"""grocy ``migrations/0021.sql``: deletes from locations; deletes from quantity_units;
deletes from products.
"""

from edi_migrations.changes import DeleteRows

# 0006's default rows are removed again, on purpose, by name.
CHANGES = (
    DeleteRows("locations", where="name = 'DefaultLocation'"),
    DeleteRows("quantity_units", where="name = 'DefaultQuantityUnit'"),
    DeleteRows("products", where="name IN ('DefaultProduct1', 'DefaultProduct2')"),
)



def upgrade(conn):
    conn.executescript(
        r'''
DELETE FROM locations
WHERE name = 'DefaultLocation';

DELETE FROM quantity_units
WHERE name = 'DefaultQuantityUnit';

DELETE FROM products
WHERE name = 'DefaultProduct1';

DELETE FROM products
WHERE name = 'DefaultProduct2';
'''
    )
