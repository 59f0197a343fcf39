"""memos ``0.7/00__remove_fk.sql``: every table rebuilt without its foreign keys (renamed aside, created
again, rows copied).
"""

from edi_migrations.changes import DropConstraint, DropObject

# Upstream's 0.7 removes every foreign key on purpose (the file is "remove_fk"), and with
# them the update triggers: the rebuild drops them with the old tables, and 0.7/01
# (0012) drops them again by name.
CHANGES = (
    DropConstraint("memo", "foreign key", column="creator_id"),
    DropConstraint("memo_organizer", "foreign key", column="memo_id"),
    DropConstraint("memo_organizer", "foreign key", column="user_id"),
    DropConstraint("shortcut", "foreign key", column="creator_id"),
    DropConstraint("resource", "foreign key", column="creator_id"),
    DropConstraint("user_setting", "foreign key", column="user_id"),
    DropConstraint("memo_resource", "foreign key", column="memo_id"),
    DropConstraint("memo_resource", "foreign key", column="resource_id"),
    DropObject("trigger", "trigger_update_user_modification_time"),
    DropObject("trigger", "trigger_update_memo_modification_time"),
    DropObject("trigger", "trigger_update_shortcut_modification_time"),
    DropObject("trigger", "trigger_update_resource_modification_time"),
)


def upgrade(conn):
    conn.execute(
        """
        PRAGMA foreign_keys = off
        """
    )
    conn.execute(
        """
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
          email TEXT NOT NULL UNIQUE,
          role TEXT NOT NULL CHECK (role IN ('HOST', 'USER')) DEFAULT 'USER',
          name TEXT NOT NULL,
          password_hash TEXT NOT NULL,
          open_id TEXT NOT NULL UNIQUE
        )
        """
    )
    conn.execute(
        """
        INSERT INTO
          user
        SELECT
          *
        FROM
          _user_old
        """
    )
    conn.execute(
        """
        DROP TABLE IF EXISTS _user_old
        """
    )
    conn.execute(
        """
        DROP TABLE IF EXISTS _memo_old
        """
    )
    conn.execute(
        """
        ALTER TABLE
          memo RENAME TO _memo_old
        """
    )
    conn.execute(
        """
        -- memo
        CREATE TABLE memo (
          id INTEGER PRIMARY KEY AUTOINCREMENT,
          creator_id INTEGER NOT NULL,
          created_ts BIGINT NOT NULL DEFAULT (strftime('%s', 'now')),
          updated_ts BIGINT NOT NULL DEFAULT (strftime('%s', 'now')),
          row_status TEXT NOT NULL CHECK (row_status IN ('NORMAL', 'ARCHIVED')) DEFAULT 'NORMAL',
          content TEXT NOT NULL DEFAULT '',
          visibility TEXT NOT NULL CHECK (visibility IN ('PUBLIC', 'PROTECTED', 'PRIVATE')) DEFAULT 'PRIVATE'
        )
        """
    )
    conn.execute(
        """
        INSERT INTO
          memo
        SELECT
          *
        FROM
          _memo_old
        """
    )
    conn.execute(
        """
        DROP TABLE IF EXISTS _memo_old
        """
    )
    conn.execute(
        """
        DROP TABLE IF EXISTS _memo_organizer_old
        """
    )
    conn.execute(
        """
        ALTER TABLE
          memo_organizer RENAME TO _memo_organizer_old
        """
    )
    conn.execute(
        """
        -- memo_organizer
        CREATE TABLE memo_organizer (
          id INTEGER PRIMARY KEY AUTOINCREMENT,
          memo_id INTEGER NOT NULL,
          user_id INTEGER NOT NULL,
          pinned INTEGER NOT NULL CHECK (pinned IN (0, 1)) DEFAULT 0,
          UNIQUE(memo_id, user_id)
        )
        """
    )
    conn.execute(
        """
        INSERT INTO
          memo_organizer
        SELECT
          *
        FROM
          _memo_organizer_old
        """
    )
    conn.execute(
        """
        DROP TABLE IF EXISTS _memo_organizer_old
        """
    )
    conn.execute(
        """
        DROP TABLE IF EXISTS _shortcut_old
        """
    )
    conn.execute(
        """
        ALTER TABLE
          shortcut RENAME TO _shortcut_old
        """
    )
    conn.execute(
        """
        -- shortcut
        CREATE TABLE shortcut (
          id INTEGER PRIMARY KEY AUTOINCREMENT,
          creator_id INTEGER NOT NULL,
          created_ts BIGINT NOT NULL DEFAULT (strftime('%s', 'now')),
          updated_ts BIGINT NOT NULL DEFAULT (strftime('%s', 'now')),
          row_status TEXT NOT NULL CHECK (row_status IN ('NORMAL', 'ARCHIVED')) DEFAULT 'NORMAL',
          title TEXT NOT NULL DEFAULT '',
          payload TEXT NOT NULL DEFAULT '{}'
        )
        """
    )
    conn.execute(
        """
        INSERT INTO
          shortcut
        SELECT
          *
        FROM
          _shortcut_old
        """
    )
    conn.execute(
        """
        DROP TABLE IF EXISTS _shortcut_old
        """
    )
    conn.execute(
        """
        DROP TABLE IF EXISTS _resource_old
        """
    )
    conn.execute(
        """
        ALTER TABLE
          resource RENAME TO _resource_old
        """
    )
    conn.execute(
        """
        -- resource
        CREATE TABLE resource (
          id INTEGER PRIMARY KEY AUTOINCREMENT,
          creator_id INTEGER NOT NULL,
          created_ts BIGINT NOT NULL DEFAULT (strftime('%s', 'now')),
          updated_ts BIGINT NOT NULL DEFAULT (strftime('%s', 'now')),
          filename TEXT NOT NULL DEFAULT '',
          blob BLOB DEFAULT NULL,
          external_link TEXT NOT NULL DEFAULT '',
          type TEXT NOT NULL DEFAULT '',
          size INTEGER NOT NULL DEFAULT 0
        )
        """
    )
    conn.execute(
        """
        INSERT INTO
          resource (
            id,
            creator_id,
            created_ts,
            updated_ts,
            filename,
            blob,
            external_link,
            type,
            size
          )
        SELECT
          id,
          creator_id,
          created_ts,
          updated_ts,
          filename,
          blob,
          external_link,
          type,
          size
        FROM
          _resource_old
        """
    )
    conn.execute(
        """
        DROP TABLE IF EXISTS _resource_old
        """
    )
    conn.execute(
        """
        DROP TABLE IF EXISTS _user_setting_old
        """
    )
    conn.execute(
        """
        ALTER TABLE
          user_setting RENAME TO _user_setting_old
        """
    )
    conn.execute(
        """
        -- user_setting
        CREATE TABLE user_setting (
          user_id INTEGER NOT NULL,
          key TEXT NOT NULL,
          value TEXT NOT NULL,
          UNIQUE(user_id, key)
        )
        """
    )
    conn.execute(
        """
        INSERT INTO
          user_setting
        SELECT
          *
        FROM
          _user_setting_old
        """
    )
    conn.execute(
        """
        DROP TABLE IF EXISTS _user_setting_old
        """
    )
    conn.execute(
        """
        DROP TABLE IF EXISTS _memo_resource_old
        """
    )
    conn.execute(
        """
        ALTER TABLE
          memo_resource RENAME TO _memo_resource_old
        """
    )
    conn.execute(
        """
        -- memo_resource
        CREATE TABLE memo_resource (
          memo_id INTEGER NOT NULL,
          resource_id INTEGER NOT NULL,
          created_ts BIGINT NOT NULL DEFAULT (strftime('%s', 'now')),
          updated_ts BIGINT NOT NULL DEFAULT (strftime('%s', 'now')),
          UNIQUE(memo_id, resource_id)
        )
        """
    )
    conn.execute(
        """
        INSERT INTO
          memo_resource
        SELECT
          *
        FROM
          _memo_resource_old
        """
    )
    conn.execute(
        """
        DROP TABLE IF EXISTS _memo_resource_old
        """
    )
