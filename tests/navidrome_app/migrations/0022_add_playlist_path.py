"""navidrome ``db/migrations/20200710211442_add_playlist_path.go``, ported: each ``tx.ExecContext`` string as
written (trailing blanks trimmed), run by ``conn.executescript``.
"""


def upgrade(conn):
    conn.executescript(
        r"""
alter table playlist
	add path string default '' not null;

alter table playlist
	add sync bool default false not null;
"""
    )
