"""Homarr ``packages/db/migrations/sqlite/0009_stale_roulette.sql``: `apiKey` created."""

from _drizzle import run_statements

SQL = r"""
CREATE TABLE `apiKey` (
	`id` text PRIMARY KEY NOT NULL,
	`apiKey` text NOT NULL,
	`salt` text NOT NULL,
	`userId` text NOT NULL,
	FOREIGN KEY (`userId`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE cascade
);
"""


def upgrade(conn):
    run_statements(conn, SQL)
