"""navidrome ``db/migrations/20201003111749_add_starred_at_index.go``, ported: each ``tx.ExecContext`` string as
written (trailing blanks trimmed), run by ``conn.executescript``.
"""


def upgrade(conn):
    conn.executescript(
        r"""
create index if not exists annotation_starred_at
	on annotation (starred_at);
"""
    )
