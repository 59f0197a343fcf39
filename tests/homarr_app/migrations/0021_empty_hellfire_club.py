"""Homarr ``packages/db/migrations/sqlite/0020_empty_hellfire_club.sql``: `user` gets `mobile_home_board_id`."""

from _drizzle import run_statements

SQL = r"""
ALTER TABLE `user` ADD `mobile_home_board_id` text REFERENCES board(id);
"""


def upgrade(conn):
    run_statements(conn, SQL)
