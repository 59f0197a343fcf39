"""grocy ``migrations/0018.sql``: inserts into shopping_list.
"""

from edi_migrations.changes import AddRows

# The rebuild's copy: the rows of shopping_list_old come into the new shopping_list.
CHANGES = (AddRows("shopping_list"),)



def upgrade(conn):
    conn.executescript(
        r'''
INSERT INTO shopping_list
	(product_id, amount, amount_autoadded, row_created_timestamp)
SELECT product_id, amount, amount_autoadded, row_created_timestamp
FROM shopping_list_old
'''
    )
