"""Uptime Kuma ``db/old_migrations/patch7.sql`` (``database_version`` 7), verbatim but for
the transaction and foreign-key lines the runner owns: ``BEGIN TRANSACTION;``, ``COMMIT;``.
"""


def upgrade(conn):
    conn.executescript(
        r'''
-- You should not modify if this have pushed to Github, unless it does serious wrong with the db.

ALTER TABLE monitor
	ADD dns_resolve_type VARCHAR(5);

ALTER TABLE monitor
	ADD dns_resolve_server VARCHAR(255);
'''
    )
