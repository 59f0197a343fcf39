"""Uptime Kuma ``db/old_migrations/patch-status-page-footer-css.sql``, verbatim but for the
transaction lines the runner owns: ``BEGIN TRANSACTION;``, ``COMMIT;``.
"""


def upgrade(conn):
    conn.executescript(
        r'''
-- You should not modify if this have pushed to Github, unless it does serious wrong with the db.

ALTER TABLE status_page
    ADD footer_text TEXT;
ALTER TABLE status_page
    ADD custom_css TEXT;
ALTER TABLE status_page
    ADD show_powered_by BOOLEAN NOT NULL DEFAULT 1;
'''
    )
