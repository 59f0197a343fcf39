"""Joplin ``packages/lib/JoplinDatabase.ts``, ``upgradeDatabase``'s ``targetVersion === 16``,
ported: its queries in order, each as upstream wrote it.
"""


def upgrade(conn):
    pass  # upstream: v16 and v17 don't do anything (they were used to debug an issue)
