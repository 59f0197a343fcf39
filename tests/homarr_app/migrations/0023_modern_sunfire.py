"""Homarr ``packages/db/migrations/sqlite/0022_modern_sunfire.sql``: `section_collapse_state` created."""

from _drizzle import run_statements

SQL = r"""
CREATE TABLE `section_collapse_state` (
	`user_id` text NOT NULL,
	`section_id` text NOT NULL,
	`collapsed` integer DEFAULT false NOT NULL,
	PRIMARY KEY(`user_id`, `section_id`),
	FOREIGN KEY (`user_id`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`section_id`) REFERENCES `section`(`id`) ON UPDATE no action ON DELETE cascade
);
"""


def upgrade(conn):
    run_statements(conn, SQL)
