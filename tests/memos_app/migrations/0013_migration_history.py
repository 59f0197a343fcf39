"""memos ``0.8/00__migration_history.sql``: the ``migration_history`` table upstream's runner records versions in."""


def upgrade(conn):
    conn.execute(
        """
        -- migration_history
        CREATE TABLE IF NOT EXISTS migration_history (
          version TEXT NOT NULL PRIMARY KEY,
          created_ts BIGINT NOT NULL DEFAULT (strftime('%s', 'now'))
        )
        """
    )
