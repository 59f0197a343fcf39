"""navidrome ``db/migrations/20200319211049_merge_search_into_main_tables.go``, ported: each ``tx.ExecContext`` string as
written (trailing blanks trimmed), run by ``conn.executescript``.
"""

from edi_migrations.changes import AddRows, DropTable, Recompute

CHANGES = (
    # upstream's point: the search table is replaced by full_text columns, filled by the rescan
    DropTable("search"),
    # forceFullRescan: upstream's flag row ('FullScanAfterMigration', '1') in property,
    # added, or its value set to '1' where it is there
    AddRows("property"),
    Recompute("property", "value", expression="CASE WHEN id = 'FullScanAfterMigration' THEN '1' ELSE value END"),
)


def upgrade(conn):
    conn.executescript(
        r"""
alter table media_file
	add full_text varchar(255) default '';
create index if not exists media_file_full_text
	on media_file (full_text);

alter table album
	add full_text varchar(255) default '';
create index if not exists album_full_text
	on album (full_text);

alter table artist
	add full_text varchar(255) default '';
create index if not exists artist_full_text
	on artist (full_text);

drop table if exists search;
"""
    )
    # upstream prints a notice (only on an initialised database): 'A full rescan will be performed!'
    # forceFullRescan (migration.go): flags a full rescan for the next start
    conn.executescript(
        r"""
INSERT OR REPLACE into property (id, value) values ('FullScanAfterMigration', '1');
"""
    )
