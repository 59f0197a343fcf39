"""Homarr ``packages/db/migrations/sqlite/0028_add_app_ping_url.sql``: `app` gets `ping_url`."""

from _drizzle import run_statements

SQL = r"""
ALTER TABLE `app` ADD `ping_url` text;
"""


def upgrade(conn):
    run_statements(conn, SQL)
