"""Homarr ``packages/db/migrations/sqlite/0010_gorgeous_stingray.sql``: `user` gets `firstDayOfWeek`."""

from _drizzle import run_statements

SQL = r"""
ALTER TABLE `user` ADD `firstDayOfWeek` integer DEFAULT 1 NOT NULL;
"""


def upgrade(conn):
    run_statements(conn, SQL)
