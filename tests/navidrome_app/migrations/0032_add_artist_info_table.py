"""navidrome ``db/migrations/20201030162009_add_artist_info_table.go``, ported: each ``tx.ExecContext`` string as
written (trailing blanks trimmed), run by ``conn.executescript``.
"""


def upgrade(conn):
    conn.executescript(
        r"""
alter table artist
	add biography varchar(255) default '' not null;
alter table artist
	add small_image_url varchar(255) default '' not null;
alter table artist
	add medium_image_url varchar(255) default '' not null;
alter table artist
	add large_image_url varchar(255) default '' not null;
alter table artist
	add similar_artists varchar(255) default '' not null;
alter table artist
	add external_url varchar(255) default '' not null;
alter table artist
	add external_info_updated_at datetime;
"""
    )
