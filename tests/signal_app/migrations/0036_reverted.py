"""Signal Desktop ``ts/sql/migrations/index.ts``, ``updateToSchemaVersion36``: reverted
upstream (``// Reverted``); it only sets ``user_version = 36``, which the runner's bookkeeping
does here, so its step does nothing.
"""


def upgrade(conn):
    pass  # upstream: db.pragma('user_version = 36') only
