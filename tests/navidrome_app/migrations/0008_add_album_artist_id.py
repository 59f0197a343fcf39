"""navidrome ``db/migrations/20200325185135_add_album_artist_id.go``, ported: each ``tx.ExecContext`` string as
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
    conn.executescript(
        r"""
alter table album
	add album_artist_id varchar(255) default '';
create index album_artist_album_id
	on album (album_artist_id);

alter table media_file
	add album_artist_id varchar(255) default '';
create index media_file_artist_album_id
	on media_file (album_artist_id);
"""
    )
    # upstream prints a notice (only on an initialised database): 'A full rescan will be performed!'
    # forceFullRescan (migration.go): flags a full rescan for the next start
    conn.executescript(
        r"""
INSERT OR REPLACE into property (id, value) values ('FullScanAfterMigration', '1');
"""
    )
