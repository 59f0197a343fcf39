"""Uptime Kuma ``db/old_migrations/patch-add-other-auth.sql`` (``patchList`` parents: patch-monitor-basic-auth.sql), verbatim but for the
transaction lines the runner owns: ``BEGIN TRANSACTION;``, ``COMMIT;``, ``BEGIN TRANSACTION;``, ``COMMIT;``.
"""


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
