"""Homarr ``packages/db/migrations/sqlite/0033_add_cron_job_configuration.sql``: `cron_job_configuration` created."""

from _drizzle import run_statements

SQL = r"""
CREATE TABLE `cron_job_configuration` (
	`name` text PRIMARY KEY NOT NULL,
	`cron_expression` text NOT NULL,
	`is_enabled` integer DEFAULT true NOT NULL
);
"""


def upgrade(conn):
    run_statements(conn, SQL)
