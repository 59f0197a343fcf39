"""Trilium ``db/migrations/0209__rename_hoisted_labels.sql``, ported: the script verbatim, run as one
(``sql.executeScript``).
"""

from edi_migrations.changes import Recompute

CHANGES = (
    # upstream: hoisted* labels renamed workspace*
    Recompute(
        "attributes",
        "name",
        expression="CASE WHEN type = 'label' AND name = 'hoistedInbox' THEN 'workspaceInbox' WHEN type = 'label' AND name = 'hoistedSearchHome' THEN 'workspaceSearchHome' ELSE name END",
    ),
    Recompute(
        "entity_changes",
        "entityId",
        expression="CASE WHEN entityName = 'attributes' AND entityId = 'hoistedInbox' THEN 'workspaceInbox' WHEN entityName = 'attributes' AND entityId = 'hoistedSearchHome' THEN 'workspaceSearchHome' ELSE entityId END",
    ),
)


def upgrade(conn):
    conn.executescript(
        r"""UPDATE attributes SET name = 'workspaceInbox' WHERE type = 'label' AND name = 'hoistedInbox';
UPDATE entity_changes SET entityId = 'workspaceInbox' WHERE entityName = 'attributes' AND entityId = 'hoistedInbox';

UPDATE attributes SET name = 'workspaceSearchHome' WHERE type = 'label' AND name = 'hoistedSearchHome';
UPDATE entity_changes SET entityId = 'workspaceSearchHome' WHERE entityName = 'attributes' AND entityId = 'hoistedSearchHome';
"""
    )
