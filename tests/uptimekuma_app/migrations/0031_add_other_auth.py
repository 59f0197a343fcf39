"""Uptime Kuma ``db/old_migrations/patch-add-other-auth.sql`` (``patchList`` parents: patch-monitor-basic-auth.sql), verbatim but for the
transaction lines the runner owns: ``BEGIN TRANSACTION;``, ``COMMIT;``, ``BEGIN TRANSACTION;``, ``COMMIT;``.
"""

from edi_migrations.changes import Backfill

# Upstream's second transaction marks the monitors that already had a basic-auth user as
# using the basic method (the new auth_method column; NULL elsewhere).
CHANGES = (
    Backfill(
        "monitor",
        "auth_method",
        expression="CASE WHEN basic_auth_user IS NOT NULL THEN 'basic' END",
    ),
)


def upgrade(conn):
    conn.executescript(
        r'''
  ALTER TABLE monitor
      ADD auth_method VARCHAR(250);

  ALTER TABLE monitor
      ADD auth_domain TEXT;
  ALTER TABLE monitor

      ADD auth_workstation TEXT;

  UPDATE monitor
        SET auth_method = 'basic'
        WHERE basic_auth_user is not null;
'''
    )
