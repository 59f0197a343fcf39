"""Joplin ``packages/lib/JoplinDatabase.ts``, ``upgradeDatabase``'s ``targetVersion === 41``,
ported: its queries in order, each as upstream wrote it.
"""

from _joplin import run_queries


def upgrade(conn):
    run_queries(conn, ['ALTER TABLE `folders` ADD COLUMN icon TEXT NOT NULL DEFAULT ""'])
