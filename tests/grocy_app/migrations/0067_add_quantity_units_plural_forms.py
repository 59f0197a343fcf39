"""grocy ``migrations/0067.sql``: adds column quantity_units.plural_forms.
"""


def upgrade(conn):
    conn.executescript(
        r'''
ALTER TABLE quantity_units
ADD plural_forms TEXT;
'''
    )
