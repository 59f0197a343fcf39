"""Homarr ``packages/db/migrations/sqlite/0031_add_dynamic_section_options.sql``: `section` gets `options`."""

from _drizzle import run_statements

SQL = r"""
ALTER TABLE `section` ADD `options` text DEFAULT '{"json": {}}';
"""


def upgrade(conn):
    run_statements(conn, SQL)
