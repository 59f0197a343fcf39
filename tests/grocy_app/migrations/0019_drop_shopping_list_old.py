"""grocy ``migrations/0019.sql``: drops table shopping_list_old.
"""

from edi_migrations.changes import DropTable

# The rebuild's end: the old table, copied by 0018, goes.
CHANGES = (DropTable("shopping_list_old"),)



def upgrade(conn):
    conn.executescript(
        r'''
DROP TABLE shopping_list_old
'''
    )
