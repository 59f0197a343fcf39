"""grocy ``migrations/0056.sql``: adds column api_keys.key_type.
"""


def upgrade(conn):
    conn.executescript(
        r'''
ALTER TABLE api_keys
ADD key_type TEXT NOT NULL DEFAULT 'default';
'''
    )
