"""grocy ``migrations/0009.sql``: creates table shopping_list.
"""


def upgrade(conn):
    conn.executescript(
        r'''
CREATE TABLE shopping_list (
	id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT UNIQUE,
	product_id INTEGER NOT NULL UNIQUE,
	amount INTEGER NOT NULL DEFAULT 0,
	amount_autoadded INTEGER NOT NULL DEFAULT 0,
	row_created_timestamp DATETIME DEFAULT (datetime('now', 'localtime'))
)
'''
    )
