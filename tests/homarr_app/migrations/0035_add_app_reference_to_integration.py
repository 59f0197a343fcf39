"""Homarr ``packages/db/migrations/sqlite/0034_add_app_reference_to_integration.sql``: `integration` gets `app_id`."""

from _drizzle import run_statements

SQL = r"""
ALTER TABLE `integration` ADD `app_id` text REFERENCES app(id);
"""


def upgrade(conn):
    run_statements(conn, SQL)
