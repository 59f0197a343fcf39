"""Trilium ``db/migrations/0195__remove_recent_notes_from_entity_changes.sql``, ported: the script verbatim, run as one
(``sql.executeScript``).
"""

from edi_migrations.changes import DeleteRows

CHANGES = (
    # upstream: recent notes' remnants in the sync log deleted (#2842)
    DeleteRows("entity_changes", where="entityName = 'recent_notes'"),
)


def upgrade(conn):
    conn.executescript(
        r"""-- removing potential remnants of recent notes in entity changes, see https://github.com/zadam/trilium/issues/2842
DELETE FROM entity_changes WHERE entityName = 'recent_notes';
"""
    )
