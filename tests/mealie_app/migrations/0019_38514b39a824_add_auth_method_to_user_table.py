"""Mealie ``alembic/versions/2023-02-22-21.45.52_38514b39a824_add_auth_method_to_user_table.py``: add auth method to user table.

The statements Alembic ran for it on SQLite (SQLAlchemy 2.0.35, Alembic 1.13.3), upgrade
and downgrade, as captured (README.md); Alembic's own version table and its reads are left out.
"""

from _alembic import run_statements

UPGRADE = [
    ("ALTER TABLE users ADD COLUMN auth_method VARCHAR(6) DEFAULT 'MEALIE' NOT NULL", [], False),
    ("UPDATE users SET auth_method = 'LDAP' WHERE password = 'LDAP'", [], False),
]

DOWNGRADE = [
    ('CREATE TABLE _alembic_tmp_users (\n\tcreated_at DATETIME, \n\tupdate_at DATETIME, \n\tid CHAR(32) NOT NULL, \n\tfull_name VARCHAR, \n\tusername VARCHAR, \n\temail VARCHAR, \n\tpassword VARCHAR, \n\tadmin BOOLEAN, \n\tadvanced BOOLEAN, \n\tgroup_id CHAR(32) NOT NULL, \n\tcache_key VARCHAR, \n\tcan_manage BOOLEAN, \n\tcan_invite BOOLEAN, \n\tcan_organize BOOLEAN, \n\towned_recipes_id CHAR(32), \n\tlogin_attemps INTEGER, \n\tlocked_at DATETIME, \n\tPRIMARY KEY (id), \n\tFOREIGN KEY(group_id) REFERENCES groups (id), \n\tFOREIGN KEY(owned_recipes_id) REFERENCES recipes (id)\n)', [], False),
    ('INSERT INTO _alembic_tmp_users (created_at, update_at, id, full_name, username, email, password, admin, advanced, group_id, cache_key, can_manage, can_invite, can_organize, owned_recipes_id, login_attemps, locked_at) SELECT users.created_at, users.update_at, users.id, users.full_name, users.username, users.email, users.password, users.admin, users.advanced, users.group_id, users.cache_key, users.can_manage, users.can_invite, users.can_organize, users.owned_recipes_id, users.login_attemps, users.locked_at \nFROM users', [], False),
    ('DROP TABLE users', [], False),
    ('ALTER TABLE _alembic_tmp_users RENAME TO users', [], False),
    ('CREATE INDEX ix_users_full_name ON users (full_name)', [], False),
    ('CREATE UNIQUE INDEX ix_users_username ON users (username)', [], False),
    ('CREATE INDEX ix_users_created_at ON users (created_at)', [], False),
    ('CREATE INDEX ix_users_group_id ON users (group_id)', [], False),
    ('CREATE UNIQUE INDEX ix_users_email ON users (email)', [], False),
]


def upgrade(conn):
    run_statements(conn, UPGRADE)


def downgrade(conn):
    run_statements(conn, DOWNGRADE)
