"""Trilium ``db/migrations/0207__rename_search_and_sql_console.sql``, ported: the script verbatim, run as one
(``sql.executeScript``).
"""

from edi_migrations.changes import Recompute

CHANGES = (
    # upstream: the two history notes retitled
    Recompute(
        "notes",
        "title",
        expression="CASE noteId WHEN '_sqlConsole' THEN 'SQL Console History' WHEN '_search' THEN 'Search History' ELSE title END",
    ),
)


def upgrade(conn):
    conn.executescript(
        r"""UPDATE notes SET title = 'SQL Console History' WHERE noteId = '_sqlConsole';
UPDATE notes SET title = 'Search History' WHERE noteId = '_search';"""
    )
