"""Synapse ``synapse/storage/schema/main/delta/78/01_validate_and_update_profiles.py``, ported:
``run_upgrade``'s SQLite branch (``profiles`` rebuilt with ``full_user_id NOT NULL``, filled
from ``user_id`` and the server's name), statement for statement.

Synapse runs ``run_upgrade`` on an existing database only (not on one it has just made from
the full schema); the runner's migrations always upgrade, so it runs here.
``config.server.server_name`` is the homeserver's name: ``SERVER_NAME`` stands in for it.
"""

from edi_migrations.changes import DropConstraint, Recompute

CHANGES = (
    # upstream's point: full_user_id filled from user_id and the server's name, and user_id
    # made optional (full_user_id replaces it)
    Recompute("profiles", "full_user_id", expression="'@' || user_id || ':example.org'"),
    DropConstraint("profiles", "not null", column="user_id"),
)

SERVER_NAME = "example.org"


def upgrade(conn):
    hostname = SERVER_NAME
    # in SQLite we need to rewrite the table to add the constraint.
    # First drop any temporary table that might be here from a previous failed migration.
    conn.execute("DROP TABLE IF EXISTS temp_profiles")

    create_sql = """
    CREATE TABLE temp_profiles (
        full_user_id text NOT NULL,
        user_id text,
        displayname text,
        avatar_url text,
        UNIQUE (full_user_id),
        UNIQUE (user_id)
    )
    """
    conn.execute(create_sql)

    copy_sql = """
    INSERT INTO temp_profiles (
        user_id,
        displayname,
        avatar_url,
        full_user_id)
        SELECT user_id, displayname, avatar_url, '@' || user_id || ':' || ? FROM profiles
    """
    conn.execute(copy_sql, (f"{hostname}",))

    drop_sql = """
    DROP TABLE profiles
    """
    conn.execute(drop_sql)

    rename_sql = """
    ALTER TABLE temp_profiles RENAME to profiles
    """
    conn.execute(rename_sql)
