"""PowerDNS-Admin ``migrations/versions/787bdba9e147_init_db.py``: Init DB.

The statements Alembic ran for it on SQLite (SQLAlchemy 2.0.51, Alembic 1.20.1), upgrade
and downgrade, as captured (README.md); Alembic's own version table and its reads are left out.
"""

from _alembic import run_statements

UPGRADE = [
    ('\nCREATE TABLE account (\n\tid INTEGER NOT NULL, \n\tname VARCHAR(40) NOT NULL, \n\tdescription VARCHAR(128), \n\tcontact VARCHAR(128), \n\tmail VARCHAR(128), \n\tPRIMARY KEY (id)\n)\n\n', [], False),
    ('CREATE UNIQUE INDEX ix_account_name ON account (name)', [], False),
    ('\nCREATE TABLE domain_template (\n\tid INTEGER NOT NULL, \n\tname VARCHAR(255), \n\tdescription VARCHAR(255), \n\tPRIMARY KEY (id)\n)\n\n', [], False),
    ('CREATE UNIQUE INDEX ix_domain_template_name ON domain_template (name)', [], False),
    ('\nCREATE TABLE history (\n\tid INTEGER NOT NULL, \n\tmsg VARCHAR(256), \n\tdetail TEXT, \n\tcreated_by VARCHAR(128), \n\tcreated_on DATETIME, \n\tPRIMARY KEY (id)\n)\n\n', [], False),
    ('\nCREATE TABLE role (\n\tid INTEGER NOT NULL, \n\tname VARCHAR(64), \n\tdescription VARCHAR(128), \n\tPRIMARY KEY (id)\n)\n\n', [], False),
    ('CREATE UNIQUE INDEX ix_role_name ON role (name)', [], False),
    ('\nCREATE TABLE setting (\n\tid INTEGER NOT NULL, \n\tname VARCHAR(64), \n\tvalue VARCHAR(256), \n\tPRIMARY KEY (id)\n)\n\n', [], False),
    ('\nCREATE TABLE domain (\n\tid INTEGER NOT NULL, \n\tname VARCHAR(255), \n\tmaster VARCHAR(128), \n\ttype VARCHAR(6) NOT NULL, \n\tserial INTEGER, \n\tnotified_serial INTEGER, \n\tlast_check INTEGER, \n\tdnssec INTEGER, \n\taccount_id INTEGER, \n\tPRIMARY KEY (id), \n\tFOREIGN KEY(account_id) REFERENCES account (id)\n)\n\n', [], False),
    ('CREATE UNIQUE INDEX ix_domain_name ON domain (name)', [], False),
    ('\nCREATE TABLE domain_template_record (\n\tid INTEGER NOT NULL, \n\tname VARCHAR(255), \n\ttype VARCHAR(64), \n\tttl INTEGER, \n\tdata TEXT, \n\tstatus BOOLEAN, \n\ttemplate_id INTEGER, \n\tPRIMARY KEY (id), \n\tFOREIGN KEY(template_id) REFERENCES domain_template (id)\n)\n\n', [], False),
    ('\nCREATE TABLE user (\n\tid INTEGER NOT NULL, \n\tusername VARCHAR(64), \n\tpassword VARCHAR(64), \n\tfirstname VARCHAR(64), \n\tlastname VARCHAR(64), \n\temail VARCHAR(128), \n\tavatar VARCHAR(128), \n\totp_secret VARCHAR(16), \n\trole_id INTEGER, \n\tPRIMARY KEY (id), \n\tFOREIGN KEY(role_id) REFERENCES role (id)\n)\n\n', [], False),
    ('CREATE UNIQUE INDEX ix_user_username ON user (username)', [], False),
    ('\nCREATE TABLE account_user (\n\tid INTEGER NOT NULL, \n\taccount_id INTEGER NOT NULL, \n\tuser_id INTEGER NOT NULL, \n\tPRIMARY KEY (id), \n\tFOREIGN KEY(account_id) REFERENCES account (id), \n\tFOREIGN KEY(user_id) REFERENCES user (id)\n)\n\n', [], False),
    ('\nCREATE TABLE domain_setting (\n\tid INTEGER NOT NULL, \n\tdomain_id INTEGER, \n\tsetting VARCHAR(255) NOT NULL, \n\tvalue VARCHAR(255), \n\tPRIMARY KEY (id), \n\tFOREIGN KEY(domain_id) REFERENCES domain (id)\n)\n\n', [], False),
    ('\nCREATE TABLE domain_user (\n\tid INTEGER NOT NULL, \n\tdomain_id INTEGER NOT NULL, \n\tuser_id INTEGER NOT NULL, \n\tPRIMARY KEY (id), \n\tFOREIGN KEY(domain_id) REFERENCES domain (id), \n\tFOREIGN KEY(user_id) REFERENCES user (id)\n)\n\n', [], False),
    ('INSERT INTO role (id, name, description) VALUES (?, ?, ?)', [[1, 'Administrator', 'Administrator'], [2, 'User', 'User']], True),
    ('INSERT INTO setting (id, name, value) VALUES (?, ?, ?)', [[1, 'maintenance', 'False'], [2, 'fullscreen_layout', 'True'], [3, 'record_helper', 'True'], [4, 'login_ldap_first', 'True'], [5, 'default_record_table_size', '15'], [6, 'default_domain_table_size', '10'], [7, 'auto_ptr', 'False']], True),
    ('INSERT INTO domain_template (id, name, description) VALUES (?, ?, ?)', [[1, 'basic_template_1', 'Basic Template #1'], [2, 'basic_template_2', 'Basic Template #2'], [3, 'basic_template_3', 'Basic Template #3']], True),
]

DOWNGRADE = [
    ('\nDROP TABLE domain_user', [], False),
    ('\nDROP TABLE domain_setting', [], False),
    ('\nDROP TABLE account_user', [], False),
    ('\nDROP INDEX ix_user_username', [], False),
    ('\nDROP TABLE user', [], False),
    ('\nDROP TABLE domain_template_record', [], False),
    ('\nDROP INDEX ix_domain_name', [], False),
    ('\nDROP TABLE domain', [], False),
    ('\nDROP TABLE setting', [], False),
    ('\nDROP INDEX ix_role_name', [], False),
    ('\nDROP TABLE role', [], False),
    ('\nDROP TABLE history', [], False),
    ('\nDROP INDEX ix_domain_template_name', [], False),
    ('\nDROP TABLE domain_template', [], False),
    ('\nDROP INDEX ix_account_name', [], False),
    ('\nDROP TABLE account', [], False),
]


def upgrade(conn):
    run_statements(conn, UPGRADE)


def downgrade(conn):
    run_statements(conn, DOWNGRADE)


def app_writes(conn, ctx):
    """Settings as the app writes them: ``Setting.set``/``toggle`` look a setting up by
    name and insert it, with the next id, only when it is missing (names stay distinct).
    From v1 its admin page offers ``allow_quick_edit``, a default the seed left out: an
    admin who toggles it stores it as the next setting."""
    conn.execute(
        "INSERT INTO setting (name, value) SELECT 'allow_quick_edit', 'False' "
        "WHERE NOT EXISTS (SELECT 1 FROM setting WHERE name = 'allow_quick_edit')"
    )
