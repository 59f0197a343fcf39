"""PowerDNS-Admin ``migrations/versions/1274ed462010_change_setting_value_data_type.py``: Change setting.value data type.

The statements Alembic ran for it on SQLite (SQLAlchemy 2.0.51, Alembic 1.20.1), upgrade
and downgrade, as captured (README.md); Alembic's own version table and its reads are left out.
"""

from _alembic import run_statements

UPGRADE = [
    ('\nCREATE TABLE _alembic_tmp_setting (\n\tid INTEGER NOT NULL, \n\tname VARCHAR(64), \n\tvalue TEXT, \n\t"view" VARCHAR(64), \n\tPRIMARY KEY (id)\n)\n\n', [], False),
    ('INSERT INTO _alembic_tmp_setting (id, name, value, "view") SELECT setting.id, setting.name, setting.value, setting."view" \nFROM setting', [], False),
    ('\nDROP TABLE setting', [], False),
    ('ALTER TABLE _alembic_tmp_setting RENAME TO setting', [], False),
    ('INSERT INTO setting (id, name, value, "view") VALUES (?, ?, ?, ?)', [[42, 'forward_records_allow_edit', "{'A': True, 'AAAA': True, 'AFSDB': False, 'ALIAS': False, 'CAA': True, 'CERT': False, 'CDNSKEY': False, 'CDS': False, 'CNAME': True, 'DNSKEY': False, 'DNAME': False, 'DS': False, 'HINFO': False, 'KEY': False, 'LOC': True, 'MX': True, 'NAPTR': False, 'NS': True, 'NSEC': False, 'NSEC3': False, 'NSEC3PARAM': False, 'OPENPGPKEY': False, 'PTR': True, 'RP': False, 'RRSIG': False, 'SOA': False, 'SPF': True, 'SSHFP': False, 'SRV': True, 'TKEY': False, 'TSIG': False, 'TLSA': False, 'SMIMEA': False, 'TXT': True, 'URI': False}", 'records'], [43, 'reverse_records_allow_edit', "{'A': False, 'AAAA': False, 'AFSDB': False, 'ALIAS': False, 'CAA': False, 'CERT': False, 'CDNSKEY': False, 'CDS': False, 'CNAME': False, 'DNSKEY': False, 'DNAME': False, 'DS': False, 'HINFO': False, 'KEY': False, 'LOC': True, 'MX': False, 'NAPTR': False, 'NS': True, 'NSEC': False, 'NSEC3': False, 'NSEC3PARAM': False, 'OPENPGPKEY': False, 'PTR': True, 'RP': False, 'RRSIG': False, 'SOA': False, 'SPF': False, 'SSHFP': False, 'SRV': False, 'TKEY': False, 'TSIG': False, 'TLSA': False, 'SMIMEA': False, 'TXT': True, 'URI': False}", 'records']], True),
]

DOWNGRADE = [
    ('DELETE FROM setting WHERE id > 41', [], False),
    ('\nCREATE TABLE _alembic_tmp_setting (\n\tid INTEGER NOT NULL, \n\tname VARCHAR(64), \n\tvalue VARCHAR(256), \n\t"view" VARCHAR(64), \n\tPRIMARY KEY (id)\n)\n\n', [], False),
    ('INSERT INTO _alembic_tmp_setting (id, name, value, "view") SELECT setting.id, setting.name, setting.value, setting."view" \nFROM setting', [], False),
    ('\nDROP TABLE setting', [], False),
    ('ALTER TABLE _alembic_tmp_setting RENAME TO setting', [], False),
]


def upgrade(conn):
    run_statements(conn, UPGRADE)


def downgrade(conn):
    run_statements(conn, DOWNGRADE)
