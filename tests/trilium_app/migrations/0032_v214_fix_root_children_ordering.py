"""Trilium ``db/migrations/0214__fix_root_children_ordering.sql``, ported: the script verbatim, run as one
(``sql.executeScript``).
"""

from edi_migrations.changes import Recompute

CHANGES = (
    # upstream: root's children pushed past the hidden subtree's position brought back
    Recompute(
        "branches",
        "notePosition",
        expression="CASE WHEN parentNoteId = 'root' AND notePosition > 999999999 THEN notePosition - 999899999 ELSE notePosition END",
    ),
)


def upgrade(conn):
    conn.executescript(
        r"""UPDATE branches SET notePosition = notePosition - 999899999 WHERE parentNoteId = 'root' AND notePosition > 999999999;
"""
    )
