"""Homarr ``packages/db/migrations/sqlite/0024_bitter_scrambler.sql``: `board` gets `disable_status`."""

from _drizzle import run_statements

SQL = r"""
ALTER TABLE `board` ADD `disable_status` integer DEFAULT false NOT NULL;
"""


def upgrade(conn):
    run_statements(conn, SQL)
