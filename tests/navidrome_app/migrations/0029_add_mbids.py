"""navidrome ``db/migrations/20201021085410_add_mbids.go``, ported: each ``tx.ExecContext`` string as
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
alter table media_file
	add mbz_track_id varchar(255);
alter table media_file
	add mbz_album_id varchar(255);
alter table media_file
	add mbz_artist_id varchar(255);
alter table media_file
	add mbz_album_artist_id varchar(255);
alter table media_file
	add mbz_album_type varchar(255);
alter table media_file
	add mbz_album_comment varchar(255);
alter table media_file
	add catalog_num varchar(255);

alter table album
	add mbz_album_id varchar(255);
alter table album
	add mbz_album_artist_id varchar(255);
alter table album
	add mbz_album_type varchar(255);
alter table album
	add mbz_album_comment varchar(255);
alter table album
	add catalog_num varchar(255);

create index if not exists album_mbz_album_type
	on album (mbz_album_type);

alter table artist
	add mbz_artist_id varchar(255);

"""
    )
    # upstream prints a notice (only on an initialised database): 'A full rescan needs to be performed to import more tags'
    # forceFullRescan (migration.go): flags a full rescan for the next start
    conn.executescript(
        r"""
INSERT OR REPLACE into property (id, value) values ('FullScanAfterMigration', '1');
"""
    )
