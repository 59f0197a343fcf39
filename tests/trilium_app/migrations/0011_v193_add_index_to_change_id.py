"""Trilium ``db/migrations/0193__add_index_to_changeId.sql``, ported: the script verbatim, run as one
(``sql.executeScript``).
"""


def upgrade(conn):
    conn.executescript(
        r"""CREATE INDEX `IDX_entity_changes_changeId` ON `entity_changes` (`changeId`);
"""
    )
