"""Joplin ``packages/lib/JoplinDatabase.ts``, ``upgradeDatabase``'s ``targetVersion === 37``,
ported: its queries in order, each as upstream wrote it.
"""


def upgrade(conn):
    pass  # upstream: 37 is in existingDatabaseVersions with no block of its own
