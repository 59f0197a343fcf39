"""Homarr ``packages/db/migrations/sqlite/0037_add_user_onboarding_tour_status.sql``: `user` gets the onboarding tour flags."""

from _drizzle import run_statements

SQL = r"""
ALTER TABLE `user` ADD `completed_manage_tour` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `user` ADD `completed_board_tour` integer DEFAULT false NOT NULL;
"""


def upgrade(conn):
    run_statements(conn, SQL)
