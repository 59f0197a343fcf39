"""Homarr ``packages/db/migrations/sqlite/0018_cheerful_tattoo.sql``: search engine shorts unique."""

from _drizzle import run_statements

SQL = r"""
CREATE UNIQUE INDEX `search_engine_short_unique` ON `search_engine` (`short`);
"""


def upgrade(conn):
    run_statements(conn, SQL)
