"""Trilium ``db/migrations/0223__NOOP.sql``, ported: the script verbatim, run as one
(``sql.executeScript``).
"""


def upgrade(conn):
    conn.executescript(
        r"""SELECT 1;
"""
    )
