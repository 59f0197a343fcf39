"""grocy ``migrations/0026.sql``: creates table users; recreates table sessions.
"""

from edi_migrations.changes import DropTable

# sessions is dropped and created again with a user_id: the old sessions go on purpose.
CHANGES = (DropTable("sessions"),)



def upgrade(conn):
    conn.executescript(
        r'''
CREATE TABLE users (
	id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT UNIQUE,
	username TEXT NOT NULL UNIQUE,
	first_name TEXT,
	last_name TEXT,
	password TEXT NOT NULL,
	row_created_timestamp DATETIME DEFAULT (datetime('now', 'localtime'))
);

DROP TABLE sessions;

CREATE TABLE sessions (
	id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT UNIQUE,
	session_key TEXT NOT NULL UNIQUE,
	user_id INTEGER NOT NULL,
	expires DATETIME,
	last_used DATETIME,
	row_created_timestamp DATETIME DEFAULT (datetime('now', 'localtime'))
)
'''
    )
