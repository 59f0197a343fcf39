"""navidrome ``db/migrations/20200516140647_add_playlist_tracks_table.go``, ported: its
``tx.ExecContext`` strings as written (trailing blanks trimmed), and its Go loop over
``playlist`` (``Up20200516140647UpdatePlaylistTracks``) as Python doing the same: each
playlist's comma-separated ``tracks`` split into ``playlist_tracks`` rows numbered from 1;
a failed insert is logged and skipped upstream, so it is skipped here.
"""

import sqlite3

from edi_migrations.changes import Backfill, DropColumn

CHANGES = (
    # upstream's point: playlist.tracks (comma-separated song ids) moves into playlist_tracks
    # rows; song_count counts them (playlists with id '' keep 0)
    DropColumn("playlist", "tracks"),
    Backfill("playlist", "song_count", expression="CASE WHEN id <> '' THEN length(tracks) - length(replace(tracks, ',', '')) + 1 ELSE 0 END"),
)


def upgrade(conn):
    conn.executescript(
        r"""
create table if not exists playlist_tracks
(
	id integer default 0 not null,
    playlist_id varchar(255) not null,
	media_file_id varchar(255) not null
);

create unique index if not exists playlist_tracks_pos
	on playlist_tracks (playlist_id, id);
"""
    )
    for playlist_id, tracks in conn.execute("select id, tracks from playlist").fetchall():
        for position, track_id in enumerate(tracks.split(","), start=1):
            try:
                conn.execute(
                    "insert into playlist_tracks (playlist_id, media_file_id, id) values (?, ?, ?)",
                    (playlist_id, track_id, position),
                )
            except sqlite3.DatabaseError:
                pass  # upstream: log.Error("Error adding track to playlist", ...) and go on
    conn.executescript(
        r"""
create table playlist_dg_tmp
(
	id varchar(255) not null
		primary key,
	name varchar(255) default '' not null,
	comment varchar(255) default '' not null,
	duration real default 0 not null,
	song_count integer default 0 not null,
	owner varchar(255) default '' not null,
	public bool default FALSE not null,
	created_at datetime,
	updated_at datetime
);

insert into playlist_dg_tmp(id, name, comment, duration, owner, public, created_at, updated_at)
	select id, name, comment, duration, owner, public, created_at, updated_at from playlist;

drop table playlist;

alter table playlist_dg_tmp rename to playlist;

create index playlist_name
	on playlist (name);

update playlist set song_count = (select count(*) from playlist_tracks where playlist_id = playlist.id)
where id <> ''

"""
    )
