"""memos ``0.5/02__system_setting.sql``: the ``system_setting`` name/value table."""


def upgrade(conn):
    conn.execute(
        """
        -- system_setting
        CREATE TABLE system_setting (
          name TEXT NOT NULL,
          value TEXT NOT NULL,
          description TEXT NOT NULL DEFAULT '',
          UNIQUE(name)
        )
        """
    )
