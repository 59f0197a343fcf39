"""Joplin ``packages/lib/JoplinDatabase.ts``, ``upgradeDatabase``'s ``targetVersion === 36``,
ported: its queries in order, each as upstream wrote it.
"""

from _joplin import run_queries


def upgrade(conn):
    run_queries(
        conn,
        [
            'ALTER TABLE folders ADD COLUMN share_id TEXT NOT NULL DEFAULT ""',
            'ALTER TABLE notes ADD COLUMN share_id TEXT NOT NULL DEFAULT ""',
            'ALTER TABLE resources ADD COLUMN share_id TEXT NOT NULL DEFAULT ""',
        ],
    )
