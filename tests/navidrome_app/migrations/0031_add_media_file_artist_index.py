"""navidrome ``db/migrations/20201021135455_add_media_file_artist_index.go``, ported: each ``tx.ExecContext`` string as
written (trailing blanks trimmed), run by ``conn.executescript``.
"""


def upgrade(conn):
    conn.executescript(
        r"""
create index if not exists media_file_artist_id
	on media_file (artist_id);
"""
    )
