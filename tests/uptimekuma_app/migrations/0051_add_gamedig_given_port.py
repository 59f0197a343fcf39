"""Uptime Kuma ``db/old_migrations/patch-add-gamedig-given-port.sql``, verbatim but for the
transaction lines the runner owns: ``BEGIN TRANSACTION;``, ``COMMIT;``.
"""


def upgrade(conn):
    conn.executescript(
        r'''
-- You should not modify if this have pushed to Github, unless it does serious wrong with the db.

ALTER TABLE monitor
    ADD gamedig_given_port_only BOOLEAN default 1 not null;
'''
    )
