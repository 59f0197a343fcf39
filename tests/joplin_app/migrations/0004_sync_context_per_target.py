"""Joplin ``packages/lib/JoplinDatabase.ts``, ``upgradeDatabase``'s ``targetVersion === 4``,
ported: its queries in order, each as upstream wrote it.
"""

from _joplin import run_queries

from edi_migrations.changes import AddRows, DeleteRows

CHANGES = (
    # the single sync context becomes target 3's (a row, NULL where there was none)
    AddRows("settings"),
    DeleteRows("settings", where="\"key\" = 'sync.context'"),
)


def upgrade(conn):
    run_queries(
        conn,
        [
            "INSERT INTO settings (`key`, `value`) VALUES ('sync.3.context', (SELECT `value` FROM settings WHERE `key` = 'sync.context'))",
            "DELETE FROM settings WHERE `key` = 'sync.context'",
        ],
    )
