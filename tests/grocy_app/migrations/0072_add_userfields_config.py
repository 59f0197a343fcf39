"""grocy ``migrations/0072.sql``: adds column userfields.config.
"""


def upgrade(conn):
    conn.executescript(
        r'''
ALTER TABLE userfields
ADD config TEXT;
'''
    )
