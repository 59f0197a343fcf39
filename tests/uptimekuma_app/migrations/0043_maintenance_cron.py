"""Uptime Kuma ``db/old_migrations/patch-maintenance-cron.sql``, verbatim but for the
transaction lines the runner owns: ``BEGIN TRANSACTION;``, ``COMMIT;``.
"""

from edi_migrations.changes import DropTable

# Maintenance moves to cron schedules: upstream drops the generated time slots on purpose
# (the server computes them from the maintenance rows now).
CHANGES = (DropTable("maintenance_timeslot"),)


def upgrade(conn):
    conn.executescript(
        r'''
-- You should not modify if this have pushed to Github, unless it does serious wrong with the db.

DROP TABLE maintenance_timeslot;

-- 999 characters. https://stackoverflow.com/questions/46134830/maximum-length-for-cron-job
ALTER TABLE maintenance ADD cron TEXT;
ALTER TABLE maintenance ADD timezone VARCHAR(255);
ALTER TABLE maintenance ADD duration INTEGER;
'''
    )
