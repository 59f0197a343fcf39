"""grocy ``migrations/0040.sql``: adds column products.picture_file_name.
"""


def upgrade(conn):
    conn.executescript(
        r'''
ALTER TABLE products
ADD picture_file_name TEXT;
'''
    )
