"""Uptime Kuma ``db/old_migrations/patch-monitor-tls-info-add-fk.sql``, verbatim but for the
transaction lines the runner owns: ``BEGIN TRANSACTION;``, ``COMMIT;``.
"""


def upgrade(conn):
    conn.executescript(
        r'''
PRAGMA writable_schema = TRUE;

UPDATE
	SQLITE_MASTER
SET
	sql = replace(sql,
	'monitor_id INTEGER NOT NULL',
	'monitor_id INTEGER NOT NULL REFERENCES [monitor] ([id]) ON DELETE CASCADE ON UPDATE CASCADE'
)
WHERE
	name = 'monitor_tls_info'
	AND type = 'table';

PRAGMA writable_schema = RESET;
'''
    )
