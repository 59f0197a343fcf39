"""Uptime Kuma ``db/old_migrations/patch-added-json-query.sql``, verbatim but for the
transaction lines the runner owns: ``BEGIN TRANSACTION;``, ``COMMIT;``.
"""


def upgrade(conn):
    conn.executescript(
        r'''
-- You should not modify if this have pushed to Github, unless it does serious wrong with the db.

ALTER TABLE monitor
	ADD json_path TEXT;

ALTER TABLE monitor
	ADD expected_value VARCHAR(255);
'''
    )
