"""grocy ``migrations/0050.sql``: adds column recipes.picture_file_name.
"""


def upgrade(conn):
    conn.executescript(
        r'''
ALTER TABLE recipes
ADD picture_file_name TEXT;
'''
    )
