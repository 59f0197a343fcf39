"""Homarr ``packages/db/migrations/sqlite/0035_remove_salt.sql``: `apiKey` and `user` lose `salt`."""

from _drizzle import run_statements

from edi_migrations.changes import DropColumn

# API keys and passwords no longer keep a separate salt.
CHANGES = (DropColumn("apiKey", "salt"), DropColumn("user", "salt"))

SQL = r"""
ALTER TABLE `apiKey` DROP COLUMN `salt`;--> statement-breakpoint
ALTER TABLE `user` DROP COLUMN `salt`;
"""


def upgrade(conn):
    run_statements(conn, SQL)
