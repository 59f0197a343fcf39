"""Homarr ``packages/db/migrations/sqlite/0027_wooden_blizzard.sql``: `board` gets `icon_color`."""

from _drizzle import run_statements

SQL = r"""
ALTER TABLE `board` ADD `icon_color` text;
"""


def upgrade(conn):
    run_statements(conn, SQL)
