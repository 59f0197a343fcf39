"""navidrome ``db/migrations/20210530121921_create_shares_table.go``, ported: each ``tx.ExecContext`` string as
written (trailing blanks trimmed), run by ``conn.executescript``.
"""


def upgrade(conn):
    conn.executescript(
        r"""
create table share
(
	id             varchar(255) not null primary key,
	name           varchar(255) not null unique,
	description    varchar(255),
	expires        datetime,
	created        datetime,
	last_visited   datetime,
	resource_ids   varchar not null,
	resource_type  varchar(255) not null,
	visit_count    integer default 0
);
"""
    )
