"""navidrome ``db/migrations/20201128100726_add_real-path_option.go``, ported: each ``tx.ExecContext`` string as
written (trailing blanks trimmed), run by ``conn.executescript``.
"""


def upgrade(conn):
    conn.executescript(
        r"""
alter table player
	add report_real_path bool default FALSE not null;
"""
    )
