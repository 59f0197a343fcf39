"""Trilium ``db/migrations/0226__rename_noteSize_label.sql``, ported: the script verbatim, run as one
(``sql.executeScript``).
"""

from edi_migrations.changes import Recompute

CHANGES = (
    # upstream: orderBy noteSize renamed
    Recompute(
        "attributes",
        "value",
        expression="CASE WHEN name = 'orderBy' AND value = 'noteSize' THEN 'contentAndAttachmentsAndRevisionsSize' ELSE value END",
    ),
)


def upgrade(conn):
    conn.executescript(
        r"""UPDATE attributes SET value = 'contentAndAttachmentsAndRevisionsSize' WHERE name = 'orderBy' AND value = 'noteSize';
"""
    )
