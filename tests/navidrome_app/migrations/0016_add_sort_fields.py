"""navidrome ``db/migrations/20200423204116_add_sort_fields.go``, ported: each ``tx.ExecContext`` string as
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
alter table artist
	add order_artist_name varchar(255) collate nocase;
alter table artist
	add sort_artist_name varchar(255) collate nocase;
create index if not exists artist_order_artist_name
	on artist (order_artist_name);

alter table album
	add order_album_name varchar(255) collate nocase;
alter table album
	add order_album_artist_name varchar(255) collate nocase;
alter table album
	add sort_album_name varchar(255) collate nocase;
alter table album
	add sort_artist_name varchar(255) collate nocase;
alter table album
	add sort_album_artist_name varchar(255) collate nocase;
create index if not exists album_order_album_name
	on album (order_album_name);
create index if not exists album_order_album_artist_name
	on album (order_album_artist_name);

alter table media_file
	add order_album_name varchar(255) collate nocase;
alter table media_file
	add order_album_artist_name varchar(255) collate nocase;
alter table media_file
	add order_artist_name varchar(255) collate nocase;
alter table media_file
	add sort_album_name varchar(255) collate nocase;
alter table media_file
	add sort_artist_name varchar(255) collate nocase;
alter table media_file
	add sort_album_artist_name varchar(255) collate nocase;
alter table media_file
	add sort_title varchar(255) collate nocase;
create index if not exists media_file_order_album_name
	on media_file (order_album_name);
create index if not exists media_file_order_artist_name
	on media_file (order_artist_name);
"""
    )
    # upstream prints a notice (only on an initialised database): 'A full rescan will be performed to change the search behaviour'
    # forceFullRescan (migration.go): flags a full rescan for the next start
    conn.executescript(
        r"""
INSERT OR REPLACE into property (id, value) values ('FullScanAfterMigration', '1');
"""
    )
