"""navidrome ``db/migrations/20200731095603_create_play_queues_table.go``, ported: each ``tx.ExecContext`` string as
written (trailing blanks trimmed), run by ``conn.executescript``.
"""


def upgrade(conn):
    conn.executescript(
        r"""
create table playqueue
(
    id         varchar(255) not null primary key,
    user_id    varchar(255) not null
            references user (id)
            on update cascade on delete cascade,
	comment    varchar(255),
    current    varchar(255) not null,
    position   integer,
    changed_by varchar(255),
    items      varchar(255),
    created_at datetime,
    updated_at datetime
);
"""
    )
