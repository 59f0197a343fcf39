"""Homarr ``packages/db/migrations/sqlite/0019_steady_darkhawk.sql``: `user` gets `default_search_engine_id`."""

from _drizzle import run_statements

SQL = r"""
ALTER TABLE `user` ADD `default_search_engine_id` text REFERENCES search_engine(id);
"""


def upgrade(conn):
    run_statements(conn, SQL)
