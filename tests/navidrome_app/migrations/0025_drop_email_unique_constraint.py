"""navidrome ``db/migrations/20200819111809_drop_email_unique_constraint.go``, ported: each ``tx.ExecContext`` string as
written (trailing blanks trimmed), run by ``conn.executescript``.
"""

from edi_migrations.changes import DropConstraint

CHANGES = (
    # upstream's point (its name): user.email is no longer unique
    DropConstraint("user", "unique", column="email"),
)


def upgrade(conn):
    conn.executescript(
        r"""
create table user_dg_tmp
(
	id varchar(255) not null
		primary key,
	user_name varchar(255) default '' not null
		unique,
	name varchar(255) default '' not null,
	email varchar(255) default '' not null,
	password varchar(255) default '' not null,
	is_admin bool default FALSE not null,
	last_login_at datetime,
	last_access_at datetime,
	created_at datetime not null,
	updated_at datetime not null
);

insert into user_dg_tmp(id, user_name, name, email, password, is_admin, last_login_at, last_access_at, created_at, updated_at) select id, user_name, name, email, password, is_admin, last_login_at, last_access_at, created_at, updated_at from user;

drop table user;

alter table user_dg_tmp rename to user;
"""
    )
