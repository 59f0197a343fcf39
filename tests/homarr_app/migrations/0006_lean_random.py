"""Homarr ``packages/db/migrations/sqlite/0005_lean_random.sql``: `user` gets `provider`."""

from _drizzle import run_statements

SQL = r"""
ALTER TABLE `user` ADD `provider` text DEFAULT 'credentials' NOT NULL;
"""


def upgrade(conn):
    run_statements(conn, SQL)
