"""Joplin ``packages/lib/JoplinDatabase.ts``, ``upgradeDatabase``'s ``targetVersion === 24``,
ported: its queries in order, each as upstream wrote it.
"""

from _joplin import run_queries


def upgrade(conn):
    run_queries(
        conn, ["ALTER TABLE notes ADD COLUMN `markup_language` INT NOT NULL DEFAULT 1"]
    )  # 1: Markdown, 2: HTML
