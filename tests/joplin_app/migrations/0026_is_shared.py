"""Joplin ``packages/lib/JoplinDatabase.ts``, ``upgradeDatabase``'s ``targetVersion === 26``,
ported: its queries in order, each as upstream wrote it.
"""

from _joplin import run_queries


def upgrade(conn):
    queries = []
    for n in ["notes", "folders", "tags", "note_tags", "resources"]:
        queries.append(f"ALTER TABLE {n} ADD COLUMN is_shared INT NOT NULL DEFAULT 0")
    run_queries(conn, queries)
