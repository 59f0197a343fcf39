"""grocy ``migrations/0011.sql``: creates table habits_log.
"""


def upgrade(conn):
    conn.executescript(
        r'''
CREATE TABLE habits_log (
	id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT UNIQUE,
	habit_id INTEGER NOT NULL,
	tracked_time DATETIME,
	row_created_timestamp DATETIME DEFAULT (datetime('now', 'localtime'))
)
'''
    )
