"""Homarr ``packages/db/migrations/sqlite/0041_add_right_click_preference.sql``: `user` gets `enable_right_click_on_widgets`."""

from _drizzle import run_statements

SQL = r"""
ALTER TABLE `user` ADD `enable_right_click_on_widgets` integer DEFAULT true NOT NULL;
"""


def upgrade(conn):
    run_statements(conn, SQL)
