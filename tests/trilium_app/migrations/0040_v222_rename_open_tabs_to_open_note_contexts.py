"""Trilium ``db/migrations/0222__rename_openTabs_to_openNoteContexts.sql``, ported: the script verbatim, run as one
(``sql.executeScript``).
"""

from edi_migrations.changes import Recompute

CHANGES = (
    # upstream: openTabs renamed openNoteContexts
    Recompute(
        "options",
        "name",
        expression="CASE WHEN name = 'openTabs' THEN 'openNoteContexts' ELSE name END",
    ),
    Recompute(
        "entity_changes",
        "entityId",
        expression="CASE WHEN entityName = 'options' AND entityId = 'openTabs' THEN 'openNoteContexts' ELSE entityId END",
    ),
)


def upgrade(conn):
    conn.executescript(
        r"""UPDATE options SET name = 'openNoteContexts' WHERE name = 'openTabs';
UPDATE entity_changes SET entityId = 'openNoteContexts' WHERE entityName = 'options' AND entityId = 'openTabs';
"""
    )
