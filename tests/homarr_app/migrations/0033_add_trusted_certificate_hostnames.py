"""Homarr ``packages/db/migrations/sqlite/0032_add_trusted_certificate_hostnames.sql``: `trusted_certificate_hostname` created."""

from _drizzle import run_statements

SQL = r"""
CREATE TABLE `trusted_certificate_hostname` (
	`hostname` text NOT NULL,
	`thumbprint` text NOT NULL,
	`certificate` text NOT NULL,
	PRIMARY KEY(`hostname`, `thumbprint`)
);
"""


def upgrade(conn):
    run_statements(conn, SQL)
