"""Joplin ``packages/lib/JoplinDatabase.ts``, ``upgradeDatabase``'s ``targetVersion === 29``,
ported: its queries in order, each as upstream wrote it. Upstream's only statement is
``ALTER TABLE version ADD COLUMN table_fields_version INT NOT NULL DEFAULT 0``: Joplin's
``version`` table is replaced by the runner's bookkeeping (``0001``), so this step does
nothing here.
"""


def upgrade(conn):
    pass  # upstream: ALTER TABLE version ADD COLUMN table_fields_version (no version table here)
