"""grocy ``migrations/0069.sql``: adds column chores.track_date_only.
"""


def upgrade(conn):
    conn.executescript(
        r'''
ALTER TABLE chores
ADD track_date_only TINYINT DEFAULT 0;
'''
    )
