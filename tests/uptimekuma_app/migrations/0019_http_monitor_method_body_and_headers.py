"""Uptime Kuma ``db/old_migrations/patch-http-monitor-method-body-and-headers.sql``, verbatim but for the
transaction lines the runner owns: ``BEGIN TRANSACTION;``, ``COMMIT;``.
"""


def upgrade(conn):
    conn.executescript(
        r'''
-- You should not modify if this have pushed to Github, unless it does serious wrong with the db.

ALTER TABLE monitor
    ADD method TEXT default 'GET' not null;

ALTER TABLE monitor
    ADD body TEXT default null;

ALTER TABLE monitor
    ADD headers TEXT default null;
'''
    )
