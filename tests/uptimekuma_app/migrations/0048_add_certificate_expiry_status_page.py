"""Uptime Kuma ``db/old_migrations/patch-add-certificate-expiry-status-page.sql``, verbatim but for the
transaction lines the runner owns: ``BEGIN TRANSACTION;``, ``COMMIT;``.
"""


def upgrade(conn):
    conn.executescript(
        r'''
-- You should not modify if this have pushed to Github, unless it does serious wrong with the db.

ALTER TABLE status_page
    ADD show_certificate_expiry BOOLEAN default 0 NOT NULL;
'''
    )
