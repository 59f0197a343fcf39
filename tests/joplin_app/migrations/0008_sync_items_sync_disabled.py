"""Joplin ``packages/lib/JoplinDatabase.ts``, ``upgradeDatabase``'s ``targetVersion === 8``,
ported: its queries in order, each as upstream wrote it.
"""

from _joplin import run_queries


def upgrade(conn):
    run_queries(
        conn,
        [
            'ALTER TABLE sync_items ADD COLUMN sync_disabled INT NOT NULL DEFAULT "0"',
            'ALTER TABLE sync_items ADD COLUMN sync_disabled_reason TEXT NOT NULL DEFAULT ""',
        ],
    )
