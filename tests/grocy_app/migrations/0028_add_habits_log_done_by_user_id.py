"""grocy ``migrations/0028.sql``: adds column habits_log.done_by_user_id; recreates table
api_keys.
"""

from edi_migrations.changes import DropTable

# api_keys is dropped and created again with a user_id: the old keys go on purpose.
CHANGES = (DropTable("api_keys"),)



def upgrade(conn):
    conn.executescript(
        r'''
ALTER TABLE habits_log
ADD done_by_user_id INTEGER;

DROP TABLE api_keys;

CREATE TABLE api_keys (
	id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT UNIQUE,
	api_key TEXT NOT NULL UNIQUE,
	user_id INTEGER NOT NULL,
	expires DATETIME,
	last_used DATETIME,
	row_created_timestamp DATETIME DEFAULT (datetime('now', 'localtime'))
);
'''
    )
