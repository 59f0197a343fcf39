"""Joplin ``packages/lib/JoplinDatabase.ts``, ``upgradeDatabase``'s ``targetVersion === 34``,
ported: its queries in order, each as upstream wrote it. Python's SQLite has no
``spellfix1`` (an extension Joplin loads where it can): the second statement fails, and
upstream's fallback applies (its batch rolled back, the version saved, fuzzy search off):
the port undoes the first statement, as the rollback would.
"""

from _joplin import run_queries

from edi_migrations.sqlite.dbapi import sqlite3


def upgrade(conn):
    try:
        run_queries(
            conn,
            [
                "CREATE VIRTUAL TABLE search_aux USING fts4aux(notes_fts)",
                "CREATE VIRTUAL TABLE notes_spellfix USING spellfix1",
            ],
        )
    except sqlite3.OperationalError:
        # upstream's batch fails as one transaction (rolled back) and the version is saved:
        # "fuzzy search will not be used"
        conn.execute("DROP TABLE IF EXISTS search_aux")
