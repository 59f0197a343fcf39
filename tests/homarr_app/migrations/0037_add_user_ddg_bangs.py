"""Homarr ``packages/db/migrations/sqlite/0036_add_user_ddg_bangs.sql``: `user` gets `ddg_bangs`."""

from _drizzle import run_statements

SQL = r"""
ALTER TABLE `user` ADD `ddg_bangs` integer DEFAULT true NOT NULL;
"""


def upgrade(conn):
    run_statements(conn, SQL)
