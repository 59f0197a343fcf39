"""Uptime Kuma ``db/old_migrations/patch9.sql`` (``database_version`` 9), verbatim but for
the transaction and foreign-key lines the runner owns: ``BEGIN TRANSACTION;``, ``COMMIT;``.
"""


def upgrade(conn):
    conn.executescript(
        r'''
-- You should not modify if this have pushed to Github, unless it does serious wrong with the db.

ALTER TABLE notification
    ADD is_default BOOLEAN default 0 NOT NULL;
'''
    )
