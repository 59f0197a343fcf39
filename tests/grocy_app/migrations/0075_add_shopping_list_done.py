"""grocy ``migrations/0075.sql``: adds column shopping_list.done.
"""


def upgrade(conn):
    conn.executescript(
        r'''
ALTER TABLE shopping_list
ADD done INT DEFAULT 0;
'''
    )
