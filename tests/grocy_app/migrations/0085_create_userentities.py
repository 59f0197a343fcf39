"""grocy ``migrations/0085.sql``: creates table userentities; creates table userobjects.
"""


def upgrade(conn):
    conn.executescript(
        r'''
CREATE TABLE userentities (
	id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT UNIQUE,
	name TEXT NOT NULL,
	caption TEXT NOT NULL,
	description TEXT,
	show_in_sidebar_menu TINYINT NOT NULL DEFAULT 1,
	icon_css_class TEXT,
	row_created_timestamp DATETIME DEFAULT (datetime('now', 'localtime')),

	UNIQUE(name)
);

CREATE TABLE userobjects (
	id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT UNIQUE,
	userentity_id INTEGER NOT NULL,
	row_created_timestamp DATETIME DEFAULT (datetime('now', 'localtime'))
);
'''
    )
