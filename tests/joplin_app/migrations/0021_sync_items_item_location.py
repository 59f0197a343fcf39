"""Joplin ``packages/lib/JoplinDatabase.ts``, ``upgradeDatabase``'s ``targetVersion === 21``,
ported: its queries in order, each as upstream wrote it.
"""

from _joplin import run_queries


def upgrade(conn):
    run_queries(conn, ["ALTER TABLE sync_items ADD COLUMN item_location INT NOT NULL DEFAULT 1"])
