"""grocy ``migrations/0037.sql``: adds column products.product_group_id; creates table
product_groups.
"""


def upgrade(conn):
    conn.executescript(
        r'''
ALTER TABLE products
ADD product_group_id INTEGER;

CREATE TABLE product_groups (
	id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT UNIQUE,
	name TEXT NOT NULL UNIQUE,
	description TEXT,
	row_created_timestamp DATETIME DEFAULT (datetime('now', 'localtime'))
);
'''
    )
