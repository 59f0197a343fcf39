"""memos ``0.14/00__drop_resource_public_id.sql``: ``resource`` rebuilt without ``public_id`` (and its index)."""

from edi_migrations.changes import DropColumn, DropObject

# The file's purpose: public_id goes, and the UNIQUE index 0.12 put on it with it.
CHANGES = (
    DropColumn("resource", "public_id"),
    DropObject("index", "resource_id_public_id_unique_index"),
)
LINT_ACKNOWLEDGED = {
    "EM102": "the one index on resource is (id, public_id), dropped on purpose with the column"
}


def upgrade(conn):
    conn.execute(
        """
        DROP TABLE IF EXISTS resource_temp
        """
    )
    conn.execute(
        """
        CREATE TABLE resource_temp (
          id INTEGER PRIMARY KEY AUTOINCREMENT,
          creator_id INTEGER NOT NULL,
          created_ts BIGINT NOT NULL DEFAULT (strftime('%s', 'now')),
          updated_ts BIGINT NOT NULL DEFAULT (strftime('%s', 'now')),
          filename TEXT NOT NULL DEFAULT '',
          blob BLOB DEFAULT NULL,
          external_link TEXT NOT NULL DEFAULT '',
          type TEXT NOT NULL DEFAULT '',
          size INTEGER NOT NULL DEFAULT 0,
          internal_path TEXT NOT NULL DEFAULT ''
        )
        """
    )
    conn.execute(
        """
        INSERT INTO
          resource_temp (id, creator_id, created_ts, updated_ts, filename, blob, external_link, type, size, internal_path)
        SELECT
          id, creator_id, created_ts, updated_ts, filename, blob, external_link, type, size, internal_path
        FROM
          resource
        """
    )
    conn.execute(
        """
        DROP TABLE resource
        """
    )
    conn.execute(
        """
        ALTER TABLE resource_temp RENAME TO resource
        """
    )
