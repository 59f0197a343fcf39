"""Homarr ``packages/db/migrations/sqlite/0026_add-border-radius.sql``: `board` gets `item_radius`."""

from _drizzle import run_statements

SQL = r"""
ALTER TABLE `board` ADD `item_radius` text DEFAULT 'lg' NOT NULL;
"""


def upgrade(conn):
    run_statements(conn, SQL)
