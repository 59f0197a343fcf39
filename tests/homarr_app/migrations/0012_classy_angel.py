"""Homarr ``packages/db/migrations/sqlite/0011_classy_angel.sql``: `user` gets `pingIconsEnabled`."""

from _drizzle import run_statements

SQL = r"""
ALTER TABLE `user` ADD `pingIconsEnabled` integer DEFAULT false NOT NULL;
"""


def upgrade(conn):
    run_statements(conn, SQL)
