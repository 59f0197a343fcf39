"""grocy ``migrations/0016.sql``: renames table shopping_list to shopping_list_old.
"""

from edi_migrations.changes import RenameTable

# The first step of a shopping_list rebuild spread over 0016-0019: the table moves aside.
CHANGES = (RenameTable("shopping_list", "shopping_list_old"),)



def upgrade(conn):
    conn.executescript(
        r'''
ALTER TABLE shopping_list RENAME TO shopping_list_old
'''
    )
