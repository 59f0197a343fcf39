"""navidrome ``db/migrations/20201012210022_add_artist_playlist_size.go``, ported: each ``tx.ExecContext`` string as
written (trailing blanks trimmed), run by ``conn.executescript``.
"""

from edi_migrations.changes import Backfill

CHANGES = (
    # upstream's point: an artist's size is the sum of its albums' sizes, a playlist's the
    # sum of its tracks' songs' sizes
    Backfill("artist", "size", expression="ifnull((select sum(f.size) from album f where f.album_artist_id = artist.id), 0)"),
    Backfill("playlist", "size", expression="ifnull((select sum(size) from media_file f left join playlist_tracks pt on f.id = pt.media_file_id where pt.playlist_id = playlist.id), 0)"),
)


def upgrade(conn):
    conn.executescript(
        r"""
alter table artist
	add size integer default 0 not null;
create index if not exists artist_size
	on artist(size);

update artist set size = ifnull((
   select sum(f.size)
   from album f
   where f.album_artist_id = artist.id
), 0)
where id not null;

alter table playlist
	add size integer default 0 not null;
create index if not exists playlist_size
	on playlist(size);

update playlist set size = ifnull((
    select sum(size)
    from media_file f
             left join playlist_tracks pt on f.id = pt.media_file_id
    where pt.playlist_id = playlist.id
), 0);"""
    )
