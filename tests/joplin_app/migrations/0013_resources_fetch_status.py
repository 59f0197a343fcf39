"""Joplin ``packages/lib/JoplinDatabase.ts``, ``upgradeDatabase``'s ``targetVersion === 13``,
ported: its queries in order, each as upstream wrote it.
"""

from _joplin import run_queries

FETCH_STATUS_DONE = 2  # Resource.FETCH_STATUS_DONE


def upgrade(conn):
    run_queries(
        conn,
        [
            'ALTER TABLE resources ADD COLUMN fetch_status INT NOT NULL DEFAULT "2"',
            'ALTER TABLE resources ADD COLUMN fetch_error TEXT NOT NULL DEFAULT ""',
            ("UPDATE resources SET fetch_status = ?", (FETCH_STATUS_DONE,)),
        ],
    )
