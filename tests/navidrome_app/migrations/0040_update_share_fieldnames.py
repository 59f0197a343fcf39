"""navidrome ``db/migrations/20210601231734_update_share_fieldnames.go``, ported: each ``tx.ExecContext`` string as
written (trailing blanks trimmed), run by ``conn.executescript``.
"""

from edi_migrations.changes import RenameColumn

CHANGES = (
    # upstream's point: share's time columns are renamed with an _at suffix
    RenameColumn("share", "expires", "expires_at"),
    RenameColumn("share", "created", "created_at"),
    RenameColumn("share", "last_visited", "last_visited_at"),
)


def upgrade(conn):
    conn.executescript(
        r"""
alter table share rename column expires to expires_at;
alter table share rename column created to created_at;
alter table share rename column last_visited to last_visited_at;
"""
    )
