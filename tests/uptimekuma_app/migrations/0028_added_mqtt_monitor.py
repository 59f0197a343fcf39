"""Uptime Kuma ``db/old_migrations/patch-added-mqtt-monitor.sql``, verbatim but for the
transaction lines the runner owns: ``BEGIN TRANSACTION;``, ``COMMIT;``.
"""


def upgrade(conn):
    conn.executescript(
        r'''
-- You should not modify if this have pushed to Github, unless it does serious wrong with the db.

ALTER TABLE monitor
	ADD mqtt_topic TEXT;

ALTER TABLE monitor
	ADD mqtt_success_message VARCHAR(255);

ALTER TABLE monitor
	ADD mqtt_username VARCHAR(255);

ALTER TABLE monitor
	ADD mqtt_password VARCHAR(255);
'''
    )
