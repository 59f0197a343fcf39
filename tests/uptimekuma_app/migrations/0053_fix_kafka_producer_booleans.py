"""Uptime Kuma ``db/old_migrations/patch-fix-kafka-producer-booleans.sql``, verbatim but for the
transaction lines the runner owns: ``BEGIN TRANSACTION;``, ``COMMIT;``.
"""

from edi_migrations.changes import DropColumn

# Upstream turns both Kafka options into BOOLEAN NOT NULL DEFAULT 0 and means to lose their
# old values: the copy back is commented out in the file ("still not fully safe", upstream
# issue 4039), so every monitor gets 0 in the new columns of the same names.
CHANGES = (
    DropColumn("monitor", "kafka_producer_ssl"),
    DropColumn("monitor", "kafka_producer_allow_auto_topic_creation"),
)


def upgrade(conn):
    conn.executescript(
        r'''
-- You should not modify if this have pushed to Github, unless it does serious wrong with the db.

-- Rename COLUMNs to another one (suffixed by `_old`)
ALTER TABLE monitor
    RENAME COLUMN kafka_producer_ssl TO kafka_producer_ssl_old;

ALTER TABLE monitor
    RENAME COLUMN kafka_producer_allow_auto_topic_creation TO kafka_producer_allow_auto_topic_creation_old;

-- Add correct COLUMNs
ALTER TABLE monitor
    ADD COLUMN kafka_producer_ssl BOOLEAN default 0 NOT NULL;

ALTER TABLE monitor
    ADD COLUMN kafka_producer_allow_auto_topic_creation BOOLEAN default 0 NOT NULL;

-- These SQL is still not fully safe. See https://github.com/louislam/uptime-kuma/issues/4039.

-- Set bring old values from `_old` COLUMNs to correct ones
-- UPDATE monitor SET kafka_producer_allow_auto_topic_creation = monitor.kafka_producer_allow_auto_topic_creation_old
-- WHERE monitor.kafka_producer_allow_auto_topic_creation_old IS NOT NULL;

-- UPDATE monitor SET kafka_producer_ssl = monitor.kafka_producer_ssl_old
-- WHERE monitor.kafka_producer_ssl_old IS NOT NULL;

-- Remove old COLUMNs
ALTER TABLE monitor
    DROP COLUMN kafka_producer_allow_auto_topic_creation_old;

ALTER TABLE monitor
    DROP COLUMN kafka_producer_ssl_old;
'''
    )
