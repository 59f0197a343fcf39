"""Uptime Kuma ``db/old_migrations/patch-monitor-add-resend-interval.sql``, verbatim but for the
transaction lines the runner owns: ``BEGIN TRANSACTION;``, ``COMMIT;``.
"""


def upgrade(conn):
    conn.executescript(
        r'''
-- You should not modify if this have pushed to Github, unless it does serious wrong with the db.

ALTER TABLE monitor
    ADD resend_interval INTEGER default 0 not null;

ALTER TABLE heartbeat
    ADD down_count INTEGER default 0 not null;
'''
    )
