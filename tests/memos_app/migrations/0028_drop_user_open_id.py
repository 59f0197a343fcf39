"""memos ``0.15/00__drop_user_open_id.sql``: ``user`` rebuilt without ``open_id``."""

from edi_migrations.changes import DropColumn

# The file's purpose: open_id goes.
CHANGES = (DropColumn("user", "open_id"),)


def upgrade(conn):
    conn.execute(
        """
        DROP TABLE IF EXISTS user_temp
        """
    )
    conn.execute(
        """
        CREATE TABLE user_temp (
          id INTEGER PRIMARY KEY AUTOINCREMENT,
          created_ts BIGINT NOT NULL DEFAULT (strftime('%s', 'now')),
          updated_ts BIGINT NOT NULL DEFAULT (strftime('%s', 'now')),
          row_status TEXT NOT NULL CHECK (row_status IN ('NORMAL', 'ARCHIVED')) DEFAULT 'NORMAL',
          username TEXT NOT NULL UNIQUE,
          role TEXT NOT NULL CHECK (role IN ('HOST', 'ADMIN', 'USER')) DEFAULT 'USER',
          email TEXT NOT NULL DEFAULT '',
          nickname TEXT NOT NULL DEFAULT '',
          password_hash TEXT NOT NULL,
          avatar_url TEXT NOT NULL DEFAULT ''
        )
        """
    )
    conn.execute(
        """
        INSERT INTO
          user_temp (id, created_ts, updated_ts, row_status, username, role, email, nickname, password_hash, avatar_url)
        SELECT
          id, created_ts, updated_ts, row_status, username, role, email, nickname, password_hash, avatar_url
        FROM
          user
        """
    )
    conn.execute(
        """
        DROP TABLE user
        """
    )
    conn.execute(
        """
        ALTER TABLE user_temp RENAME TO user
        """
    )
