"""Trilium ``db/migrations/0196__rename_bulk_actions.sql``, ported: the script verbatim, run as one
(``sql.executeScript``).
"""

from edi_migrations.changes import Recompute

CHANGES = (
    # upstream: the bulk actions renamed inside their JSON
    Recompute(
        "attributes",
        "value",
        expression="CASE WHEN name = 'action' AND type = 'label' THEN replace(replace(value, 'setLabelValue', 'updateLabelValue'), 'setRelationTarget', 'updateRelationTarget') ELSE value END",
    ),
)


def upgrade(conn):
    conn.executescript(
        r"""UPDATE attributes SET value = replace(value, 'setLabelValue', 'updateLabelValue') WHERE name = 'action' AND type = 'label';
UPDATE attributes SET value = replace(value, 'setRelationTarget', 'updateRelationTarget') WHERE name = 'action' AND type = 'label';
"""
    )
