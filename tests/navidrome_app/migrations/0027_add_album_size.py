"""navidrome ``db/migrations/20201010162350_add_album_size.go``, ported: each ``tx.ExecContext`` string as
written (trailing blanks trimmed), run by ``conn.executescript``.
"""

from edi_migrations.changes import Backfill

CHANGES = (
    # upstream's point: an album's size is the sum of its songs' sizes
    Backfill("album", "size", expression="ifnull((select sum(f.size) from media_file f where f.album_id = album.id), 0)"),
)


def upgrade(conn):
    conn.executescript(
        r"""
alter table album
	add size integer default 0 not null;
create index if not exists album_size
	on album(size);

update album set size = ifnull((
select sum(f.size)
from media_file f
where f.album_id = album.id
), 0)
where id not null;"""
    )
