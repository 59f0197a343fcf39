"""grocy ``migrations/0024.sql``: adds column sessions.last_used.
"""


def upgrade(conn):
    conn.executescript(
        r'''
ALTER TABLE sessions
ADD COLUMN last_used DATETIME
'''
    )
