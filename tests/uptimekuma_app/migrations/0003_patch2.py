"""Uptime Kuma ``db/old_migrations/patch2.sql`` (``database_version`` 2), verbatim but for
the transaction and foreign-key lines the runner owns: ``BEGIN TRANSACTION;``, ``COMMIT;``.
"""


def upgrade(conn):
    conn.executescript(
        r'''
-- You should not modify if this have pushed to Github, unless it does serious wrong with the db.

CREATE TABLE monitor_tls_info (
	id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
	monitor_id INTEGER NOT NULL,
	info_json TEXT
);
'''
    )
