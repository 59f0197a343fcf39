"""Joplin ``packages/lib/JoplinDatabase.ts``, ``upgradeDatabase``'s ``targetVersion === 7``,
ported: its queries in order, each as upstream wrote it.
"""

from _joplin import run_queries


def upgrade(conn):
    run_queries(conn, ['ALTER TABLE resources ADD COLUMN file_extension TEXT NOT NULL DEFAULT ""'])
