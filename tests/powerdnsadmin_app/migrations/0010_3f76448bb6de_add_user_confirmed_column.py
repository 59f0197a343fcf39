"""PowerDNS-Admin ``migrations/versions/3f76448bb6de_add_user_confirmed_column.py``: Add user.confirmed column.

The statements Alembic ran for it on SQLite (SQLAlchemy 2.0.51, Alembic 1.20.1), upgrade
and downgrade, as captured (README.md); Alembic's own version table and its reads are left out.
"""

from _alembic import run_statements

UPGRADE = [
    ('ALTER TABLE user ADD COLUMN confirmed BOOLEAN', [], False),
    ('UPDATE user SET confirmed=?', [False], False),
    ('\nCREATE TABLE _alembic_tmp_user (\n\tid INTEGER NOT NULL, \n\tusername VARCHAR(64), \n\tpassword VARCHAR(64), \n\tfirstname VARCHAR(64), \n\tlastname VARCHAR(64), \n\temail VARCHAR(128), \n\totp_secret VARCHAR(16), \n\trole_id INTEGER, \n\tconfirmed BOOLEAN NOT NULL, \n\tPRIMARY KEY (id), \n\tFOREIGN KEY(role_id) REFERENCES role (id)\n)\n\n', [], False),
    ('INSERT INTO _alembic_tmp_user (id, username, password, firstname, lastname, email, otp_secret, role_id, confirmed) SELECT user.id, user.username, user.password, user.firstname, user.lastname, user.email, user.otp_secret, user.role_id, user.confirmed \nFROM user', [], False),
    ('\nDROP TABLE user', [], False),
    ('ALTER TABLE _alembic_tmp_user RENAME TO user', [], False),
    ('CREATE UNIQUE INDEX ix_user_username ON user (username)', [], False),
]

DOWNGRADE = [
    ('\nCREATE TABLE _alembic_tmp_user (\n\tid INTEGER NOT NULL, \n\tusername VARCHAR(64), \n\tpassword VARCHAR(64), \n\tfirstname VARCHAR(64), \n\tlastname VARCHAR(64), \n\temail VARCHAR(128), \n\totp_secret VARCHAR(16), \n\trole_id INTEGER, \n\tPRIMARY KEY (id), \n\tFOREIGN KEY(role_id) REFERENCES role (id)\n)\n\n', [], False),
    ('INSERT INTO _alembic_tmp_user (id, username, password, firstname, lastname, email, otp_secret, role_id) SELECT user.id, user.username, user.password, user.firstname, user.lastname, user.email, user.otp_secret, user.role_id \nFROM user', [], False),
    ('\nDROP TABLE user', [], False),
    ('ALTER TABLE _alembic_tmp_user RENAME TO user', [], False),
    ('CREATE UNIQUE INDEX ix_user_username ON user (username)', [], False),
]


def upgrade(conn):
    run_statements(conn, UPGRADE)


def downgrade(conn):
    run_statements(conn, DOWNGRADE)
