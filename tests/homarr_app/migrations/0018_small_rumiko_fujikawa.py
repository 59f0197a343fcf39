"""Homarr ``packages/db/migrations/sqlite/0017_small_rumiko_fujikawa.sql``: `onboarding` created."""

from _drizzle import run_statements

SQL = r"""
CREATE TABLE `onboarding` (
	`id` text PRIMARY KEY NOT NULL,
	`step` text NOT NULL,
	`previous_step` text
);
"""


def upgrade(conn):
    run_statements(conn, SQL)
