"""Homarr ``packages/db/migrations/sqlite/0007_known_ultragirl.sql``: `user` gets `colorScheme`."""

from _drizzle import run_statements

SQL = r"""
ALTER TABLE `user` ADD `colorScheme` text DEFAULT 'auto' NOT NULL;
"""


def upgrade(conn):
    run_statements(conn, SQL)
