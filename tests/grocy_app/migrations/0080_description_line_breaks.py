"""grocy ``migrations/0080.sql``: updates products.
"""

from edi_migrations.changes import Recompute

# What upstream means: line breaks in descriptions become <br>. Its first statement
# writes CHAR(13) + CHAR(10), which SQLite adds as numbers (0): every '0' in a
# description becomes '<br>'. Declared as meant; the harness fails what it really does.
CHANGES = (
    Recompute(
        "products",
        "description",
        expression="REPLACE(REPLACE(REPLACE(description, CHAR(13) || CHAR(10), '<br>'), "
        "CHAR(13), '<br>'), CHAR(10), '<br>')",
    ),
)



def upgrade(conn):
    conn.executescript(
        r'''
UPDATE products
SET description = REPLACE(description, CHAR(13) + CHAR(10), '<br>');

UPDATE products
SET description = REPLACE(description, CHAR(13), '<br>');

UPDATE products
SET description = REPLACE(description, CHAR(10), '<br>');
'''
    )
