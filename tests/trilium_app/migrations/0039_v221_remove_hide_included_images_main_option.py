"""Trilium ``db/migrations/0221__remove_hideIncludedImages_main_option.sql``, ported: the script verbatim, run as one
(``sql.executeScript``).
"""

from edi_migrations.changes import DeleteRows

CHANGES = (
    # upstream: the hideIncludedImages_main option removed
    DeleteRows("options", where="name = 'hideIncludedImages_main'"),
    DeleteRows(
        "entity_changes", where="entityName = 'options' AND entityId = 'hideIncludedImages_main'"
    ),
)


def upgrade(conn):
    conn.executescript(
        r"""DELETE FROM options WHERE name = 'hideIncludedImages_main';
DELETE FROM entity_changes WHERE entityName = 'options' AND entityId = 'hideIncludedImages_main';"""
    )
