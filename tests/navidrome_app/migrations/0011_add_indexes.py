"""navidrome ``db/migrations/20200404214704_add_indexes.go``, ported: each ``tx.ExecContext`` string as
written (trailing blanks trimmed), run by ``conn.executescript``.
"""


def upgrade(conn):
    conn.executescript(
        r"""
create index if not exists media_file_year
	on media_file (year);

create index if not exists media_file_duration
	on media_file (duration);

create index if not exists media_file_track_number
	on media_file (disc_number, track_number);
"""
    )
