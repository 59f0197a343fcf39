"""Homarr ``packages/db/migrations/sqlite/0003_adorable_raider.sql``: `serverSetting` created."""

from _drizzle import run_statements

SQL = r"""
CREATE TABLE `serverSetting` (
	`key` text PRIMARY KEY NOT NULL,
	`value` text DEFAULT '{"json": {}}' NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `serverSetting_key_unique` ON `serverSetting` (`key`);
"""


def upgrade(conn):
    run_statements(conn, SQL)
