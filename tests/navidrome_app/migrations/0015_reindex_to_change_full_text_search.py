"""navidrome ``db/migrations/20200419222708_reindex_to_change_full_text_search.go``, ported: each ``tx.ExecContext`` string as
written (trailing blanks trimmed), run by ``conn.executescript``.
"""

from edi_migrations.changes import AddRows, Recompute

CHANGES = (
    # forceFullRescan: upstream's flag row ('FullScanAfterMigration', '1') in property,
    # added, or its value set to '1' where it is there
    AddRows("property"),
    Recompute("property", "value", expression="CASE WHEN id = 'FullScanAfterMigration' THEN '1' ELSE value END"),
)


def upgrade(conn):
    # upstream prints a notice (only on an initialised database): 'A full rescan will be performed to change the search behaviour'
    # forceFullRescan (migration.go): flags a full rescan for the next start
    conn.executescript(
        r"""
INSERT OR REPLACE into property (id, value) values ('FullScanAfterMigration', '1');
"""
    )
