"""navidrome ``db/migrations/20200131183653_standardize_item_type.go``, ported: each ``tx.ExecContext`` string as
written (trailing blanks trimmed), run by ``conn.executescript``.
"""

from edi_migrations.changes import Recompute, RenameColumn

CHANGES = (
    # upstream's point: search's "table" column is now item_type (the table rebuilt)
    RenameColumn("search", "table", "item_type"),
    # and annotations of songs are typed 'media_file', not 'mediaFile'
    Recompute("annotation", "item_type", expression="CASE WHEN item_type = 'mediaFile' THEN 'media_file' ELSE item_type END"),
)


def upgrade(conn):
    conn.executescript(
        r"""
create table search_dg_tmp
(
	id varchar(255) not null
		primary key,
	item_type varchar(255) default '' not null,
	full_text varchar(255) default '' not null
);

insert into search_dg_tmp(id, item_type, full_text) select id, "table", full_text from search;

drop table search;

alter table search_dg_tmp rename to search;

create index search_full_text
	on search (full_text);
create index search_table
	on search (item_type);

update annotation set item_type = 'media_file' where item_type = 'mediaFile';
"""
    )


def downgrade(conn):
    conn.executescript(
        r"""
create table search_dg_tmp
(
	id varchar(255) not null
		primary key,
	"table" varchar(255) default '' not null,
	full_text varchar(255) default '' not null
);

insert into search_dg_tmp(id, "table", full_text) select id, item_type, full_text from search;

drop table search;

alter table search_dg_tmp rename to search;

create index search_full_text
	on search (full_text);
create index search_table
	on search ("table");

update annotation set item_type = 'mediaFile' where item_type = 'media_file';
"""
    )
