"""Trilium ``db/migrations/0205__rename_note_types.sql``, ported: the script verbatim, run as one
(``sql.executeScript``).
"""

from edi_migrations.changes import Recompute

CHANGES = (
    # upstream: note types renamed to camel case
    Recompute(
        "notes",
        "type",
        expression="CASE type WHEN 'relation-map' THEN 'relationMap' WHEN 'note-map' THEN 'noteMap' WHEN 'web-view' THEN 'webView' ELSE type END",
    ),
)


def upgrade(conn):
    conn.executescript(
        r"""UPDATE notes SET type = 'relationMap' WHERE type = 'relation-map';
UPDATE notes SET type = 'noteMap' WHERE type = 'note-map';
UPDATE notes SET type = 'webView' WHERE type = 'web-view';
"""
    )
