"""Uptime Kuma ``db/old_migrations/patch-add-google-analytics-status-page-tag.sql``, verbatim but for the
transaction lines the runner owns: ``BEGIN TRANSACTION;``, ``COMMIT;``.
"""


def upgrade(conn):
    conn.executescript(
        r'''
-- You should not modify if this have pushed to Github, unless it does serious wrong with the db.

ALTER TABLE status_page
    ADD google_analytics_tag_id VARCHAR;
'''
    )
