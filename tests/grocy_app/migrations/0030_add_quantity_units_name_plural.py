"""grocy ``migrations/0030.sql``: adds column quantity_units.name_plural.
"""


def upgrade(conn):
    conn.executescript(
        r'''
ALTER TABLE quantity_units
ADD name_plural TEXT;
'''
    )
