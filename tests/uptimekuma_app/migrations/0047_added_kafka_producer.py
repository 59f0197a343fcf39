"""Uptime Kuma ``db/old_migrations/patch-added-kafka-producer.sql``, verbatim but for the
transaction lines the runner owns: ``BEGIN TRANSACTION;``, ``COMMIT;``.
"""


def upgrade(conn):
    conn.executescript(
        r'''
-- You should not modify if this have pushed to Github, unless it does serious wrong with the db.

ALTER TABLE monitor
	ADD kafka_producer_topic VARCHAR(255);

ALTER TABLE monitor
	ADD kafka_producer_brokers TEXT;

ALTER TABLE monitor
	ADD kafka_producer_ssl INTEGER;

ALTER TABLE monitor
	ADD kafka_producer_allow_auto_topic_creation VARCHAR(255);

ALTER TABLE monitor
	ADD kafka_producer_sasl_options TEXT;

ALTER TABLE monitor
	ADD kafka_producer_message TEXT;
'''
    )
