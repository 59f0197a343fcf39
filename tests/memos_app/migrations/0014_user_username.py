"""memos ``0.8/01__user_username.sql``: ``user`` rebuilt: ``username`` (UNIQUE) filled from ``email``, ``name``
becomes ``nickname``, ``email`` no longer UNIQUE, role ``ADMIN`` allowed.
"""

from edi_migrations.changes import Backfill, ChangeConstraint, DropConstraint, RenameColumn

# What the file says it does: username filled from email, name renamed nickname, email no
# longer unique, the role ADMIN allowed.
CHANGES = (
    RenameColumn("user", "name", "nickname"),
    Backfill("user", "username", from_column="email"),
    DropConstraint("user", "unique", column="email"),
    ChangeConstraint("user", "check", column="role"),
)
LINT_ACKNOWLEDGED = {
    "EM101": "at version 13 no foreign key, trigger or view names user (0.7 removed them all): the rename rewrites nothing"
}


def upgrade(conn):
    conn.execute(
        """
        -- add column username TEXT NOT NULL UNIQUE
        -- rename column name to nickname
        -- add role `ADMIN`
        DROP TABLE IF EXISTS _user_old
        """
    )
    conn.execute(
        """
        ALTER TABLE
          user RENAME TO _user_old
        """
    )
    conn.execute(
        """
        -- user
        CREATE TABLE user (
          id INTEGER PRIMARY KEY AUTOINCREMENT,
          created_ts BIGINT NOT NULL DEFAULT (strftime('%s', 'now')),
          updated_ts BIGINT NOT NULL DEFAULT (strftime('%s', 'now')),
          row_status TEXT NOT NULL CHECK (row_status IN ('NORMAL', 'ARCHIVED')) DEFAULT 'NORMAL',
          username TEXT NOT NULL UNIQUE,
          role TEXT NOT NULL CHECK (role IN ('HOST', 'ADMIN', 'USER')) DEFAULT 'USER',
          email TEXT NOT NULL DEFAULT '',
          nickname TEXT NOT NULL DEFAULT '',
          password_hash TEXT NOT NULL,
          open_id TEXT NOT NULL UNIQUE
        )
        """
    )
    conn.execute(
        """
        INSERT INTO
          user (
            id,
            created_ts,
            updated_ts,
            row_status,
            username,
            role,
            email,
            nickname,
            password_hash,
            open_id
          )
        SELECT
          id,
          created_ts,
          updated_ts,
          row_status,
          email,
          role,
          email,
          name,
          password_hash,
          open_id
        FROM
          _user_old
        """
    )
    conn.execute(
        """
        DROP TABLE IF EXISTS _user_old
        """
    )
