"""navidrome ``db/migrations/20200327193744_add_year_range_to_album.go``, ported: each ``tx.ExecContext`` string as
written (trailing blanks trimmed), run by ``conn.executescript``.
"""

from edi_migrations.changes import AddRows, DropObject, Recompute, RenameColumn

CHANGES = (
    # upstream's point: album.year becomes max_year (beside a new min_year, filled by the
    # rescan); the index on year goes with it
    RenameColumn("album", "year", "max_year"),
    DropObject("index", "album_year"),
    # forceFullRescan: upstream's flag row ('FullScanAfterMigration', '1') in property,
    # added, or its value set to '1' where it is there
    AddRows("property"),
    Recompute("property", "value", expression="CASE WHEN id = 'FullScanAfterMigration' THEN '1' ELSE value END"),
)


def upgrade(conn):
    conn.executescript(
        r"""
create table album_dg_tmp
(
	id varchar(255) not null
		primary key,
	name varchar(255) default '' not null,
	artist_id varchar(255) default '' not null,
	cover_art_path varchar(255) default '' not null,
	cover_art_id varchar(255) default '' not null,
	artist varchar(255) default '' not null,
	album_artist varchar(255) default '' not null,
    min_year int default 0 not null,
	max_year integer default 0 not null,
	compilation bool default FALSE not null,
	song_count integer default 0 not null,
	duration real default 0 not null,
	genre varchar(255) default '' not null,
	created_at datetime,
	updated_at datetime,
	full_text varchar(255) default '',
	album_artist_id varchar(255) default ''
);

insert into album_dg_tmp(id, name, artist_id, cover_art_path, cover_art_id, artist, album_artist, max_year, compilation, song_count, duration, genre, created_at, updated_at, full_text, album_artist_id) select id, name, artist_id, cover_art_path, cover_art_id, artist, album_artist, year, compilation, song_count, duration, genre, created_at, updated_at, full_text, album_artist_id from album;

drop table album;

alter table album_dg_tmp rename to album;

create index album_artist
	on album (artist);

create index album_artist_album
	on album (artist);

create index album_artist_album_id
	on album (album_artist_id);

create index album_artist_id
	on album (artist_id);

create index album_full_text
	on album (full_text);

create index album_genre
	on album (genre);

create index album_name
	on album (name);

create index album_min_year
	on album (min_year);

create index album_max_year
	on album (max_year);

"""
    )
    # upstream prints a notice (only on an initialised database): 'A full rescan will be performed!'
    # forceFullRescan (migration.go): flags a full rescan for the next start
    conn.executescript(
        r"""
INSERT OR REPLACE into property (id, value) values ('FullScanAfterMigration', '1');
"""
    )
