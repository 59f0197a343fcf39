"""Uptime Kuma ``db/old_migrations/patch-monitor-expiry-notification.sql``, verbatim but for the
transaction lines the runner owns: ``BEGIN TRANSACTION;``, ``COMMIT;``.
"""


def upgrade(conn):
    conn.executescript(
        r'''
-- You should not modify if this have pushed to Github, unless it does serious wrong with the db.

ALTER TABLE monitor
    ADD expiry_notification BOOLEAN default 1;
'''
    )
