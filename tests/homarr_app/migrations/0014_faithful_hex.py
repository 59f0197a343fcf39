"""Homarr ``packages/db/migrations/sqlite/0013_faithful_hex.sql``: group names unique."""

from _drizzle import run_statements

LINT_ACKNOWLEDGED = {
    "EM107": "the app refuses a group name another group has (its group router's checkSimilarNameAndThrowAsync): no v13 database holds two",
}

SQL = r"""
CREATE UNIQUE INDEX `group_name_unique` ON `group` (`name`);
"""


def upgrade(conn):
    run_statements(conn, SQL)
