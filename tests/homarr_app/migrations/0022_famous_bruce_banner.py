"""Homarr ``packages/db/migrations/sqlite/0021_famous_bruce_banner.sql``: `user` gets `open_search_in_new_tab`."""

from _drizzle import run_statements

SQL = r"""
ALTER TABLE `user` ADD `open_search_in_new_tab` integer DEFAULT true NOT NULL;
"""


def upgrade(conn):
    run_statements(conn, SQL)
