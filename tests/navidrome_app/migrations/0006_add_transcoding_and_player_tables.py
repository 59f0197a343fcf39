"""navidrome ``db/migrations/20200310181627_add_transcoding_and_player_tables.go``, ported: each ``tx.ExecContext`` string as
written (trailing blanks trimmed), run by ``conn.executescript``.
"""
# ruff: noqa: E101 (upstream's SQL mixes tabs and spaces; kept verbatim)


def upgrade(conn):
    conn.executescript(
        r"""
create table transcoding
(
	id varchar(255) not null primary key,
	name varchar(255) not null,
	target_format varchar(255) not null,
	command varchar(255) default '' not null,
	default_bit_rate int default 192,
	unique (name),
	unique (target_format)
);

create table player
(
	id varchar(255) not null primary key,
    name varchar not null,
    type varchar,
    user_name varchar not null,
    client varchar not null,
    ip_address varchar,
    last_seen timestamp,
    max_bit_rate int default 0,
    transcoding_id varchar,
	unique (name),
	foreign key (transcoding_id)
	   references transcoding(id)
		  on update restrict
		  on delete restrict
);
"""
    )


def downgrade(conn):
    conn.executescript(
        r"""
drop table transcoding;
drop table player;
"""
    )
