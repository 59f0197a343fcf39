"""Joplin ``packages/lib/services/database/migrations/47.ts``, ported: its queries in order,
each as upstream wrote it.
"""

from _joplin import run_queries


def upgrade(conn):
    run_queries(
        conn, ['ALTER TABLE sync_items ADD COLUMN sync_warning_ignored INT NOT NULL DEFAULT "0"']
    )
