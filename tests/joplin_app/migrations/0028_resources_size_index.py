"""Joplin ``packages/lib/JoplinDatabase.ts``, ``upgradeDatabase``'s ``targetVersion === 28``,
ported: its queries in order, each as upstream wrote it.
"""

from _joplin import run_queries


def upgrade(conn):
    run_queries(conn, ["CREATE INDEX resources_size ON resources(size)"])
