"""grocy ``migrations/0003.sql``: creates table quantity_units.
"""


def upgrade(conn):
    conn.executescript(
        r'''
CREATE TABLE quantity_units (
	id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT UNIQUE,
	name TEXT NOT NULL UNIQUE,
	description TEXT,
	row_created_timestamp DATETIME DEFAULT (datetime('now', 'localtime'))
)
'''
    )
