"""Uptime Kuma ``db/old_migrations/patch-ping-packet-size.sql``, verbatim but for the
transaction lines the runner owns: ``BEGIN TRANSACTION;``, ``COMMIT;``.
"""


def upgrade(conn):
    conn.executescript(
        r'''
-- You should not modify if this have pushed to Github, unless it does serious wrong with the db.

ALTER TABLE monitor
    ADD packet_size INTEGER DEFAULT 56 NOT NULL;
'''
    )
