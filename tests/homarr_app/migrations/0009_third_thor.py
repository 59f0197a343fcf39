"""Homarr ``packages/db/migrations/sqlite/0008_third_thor.sql``: `search_engine` created."""

from _drizzle import run_statements

SQL = r"""
CREATE TABLE `search_engine` (
	`id` text PRIMARY KEY NOT NULL,
	`icon_url` text NOT NULL,
	`name` text NOT NULL,
	`short` text NOT NULL,
	`description` text,
	`url_template` text NOT NULL
);
"""


def upgrade(conn):
    run_statements(conn, SQL)
