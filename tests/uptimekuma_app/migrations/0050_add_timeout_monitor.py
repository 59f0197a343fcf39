"""Uptime Kuma ``db/old_migrations/patch-add-timeout-monitor.sql``, verbatim but for the
transaction lines the runner owns: ``BEGIN TRANSACTION;``, ``COMMIT;``.
"""


def upgrade(conn):
    conn.executescript(
        r'''
-- You should not modify if this have pushed to Github, unless it does serious wrong with the db.

ALTER TABLE monitor
    ADD timeout DOUBLE default 0 not null;
'''
    )
