"""Homarr ``packages/db/migrations/sqlite/0002_cooing_sumo.sql``: `item` gets `advanced_options`."""

from _drizzle import run_statements

SQL = r"""
ALTER TABLE `item` ADD `advanced_options` text DEFAULT '{"json": {}}' NOT NULL;
"""


def upgrade(conn):
    run_statements(conn, SQL)
