"""navidrome ``db/migrations/20201021093209_add_media_file_indexes.go``, ported: each ``tx.ExecContext`` string as
written (trailing blanks trimmed), run by ``conn.executescript``.
"""


def upgrade(conn):
    conn.executescript(
        r"""
create index if not exists media_file_artist
	on media_file (artist);
create index if not exists media_file_album_artist
	on media_file (album_artist);
create index if not exists media_file_mbz_track_id
	on media_file (mbz_track_id);
"""
    )
