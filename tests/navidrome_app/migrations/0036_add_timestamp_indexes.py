"""navidrome ``db/migrations/20210322132848_add_timestamp_indexes.go``, ported: each ``tx.ExecContext`` string as
written (trailing blanks trimmed), run by ``conn.executescript``.
"""


def upgrade(conn):
    conn.executescript(
        r"""
create index if not exists album_updated_at
	on album (updated_at);
create index if not exists album_created_at
	on album (created_at);
create index if not exists playlist_updated_at
	on playlist (updated_at);
create index if not exists playlist_created_at
	on playlist (created_at);
create index if not exists media_file_created_at
	on media_file (created_at);
create index if not exists media_file_updated_at
	on media_file (updated_at);
"""
    )
