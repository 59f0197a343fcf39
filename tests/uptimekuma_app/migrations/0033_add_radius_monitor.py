"""Uptime Kuma ``db/old_migrations/patch-add-radius-monitor.sql``, verbatim but for the
transaction lines the runner owns: ``BEGIN TRANSACTION;``, ``COMMIT;``.
"""


def upgrade(conn):
    conn.executescript(
        r'''
-- You should not modify if this have pushed to Github, unless it does serious wrong with the db.

ALTER TABLE monitor
    ADD radius_username VARCHAR(255);

ALTER TABLE monitor
    ADD radius_password VARCHAR(255);

ALTER TABLE monitor
    ADD radius_calling_station_id VARCHAR(50);

ALTER TABLE monitor
    ADD radius_called_station_id VARCHAR(50);

ALTER TABLE monitor
    ADD radius_secret VARCHAR(255);
'''
    )
