"""memos ``0.4/00__user_setting.sql``: the ``user_setting`` key/value table, unique on ``(key, user_id)``."""


def upgrade(conn):
    conn.execute(
        """
        -- user_setting
        CREATE TABLE user_setting (
          user_id INTEGER NOT NULL,
          key TEXT NOT NULL,
          value TEXT NOT NULL,
          FOREIGN KEY(user_id) REFERENCES user(id) ON DELETE CASCADE
        )
        """
    )
    conn.execute(
        """
        CREATE UNIQUE INDEX user_setting_key_user_id_index ON user_setting(key, user_id)
        """
    )
