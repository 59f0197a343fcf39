"""Uptime Kuma ``db/old_migrations/patch-2fa.sql``, verbatim but for the
transaction lines the runner owns: ``BEGIN TRANSACTION;``, ``COMMIT;``.
"""


def upgrade(conn):
    conn.executescript(
        r'''
-- You should not modify if this have pushed to Github, unless it does serious wrong with the db.

ALTER TABLE user
    ADD twofa_secret VARCHAR(64);

ALTER TABLE user
    ADD twofa_status BOOLEAN default 0 NOT NULL;
'''
    )
