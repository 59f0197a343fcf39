"""PowerDNS-Admin ``migrations/versions/c1d2e3f4a5b6_add_dnssec_rollover_key_identity.py``: Add stable DNSSEC rollover key identity.

The statements Alembic ran for it on SQLite (SQLAlchemy 2.0.51, Alembic 1.20.1), upgrade
and downgrade, as captured (README.md); Alembic's own version table and its reads are left out.
"""

from _alembic import run_statements

UPGRADE = [
    ('\nCREATE TABLE dnssec_rollover_key (\n\tid INTEGER NOT NULL, \n\trollover_id INTEGER NOT NULL, \n\trole VARCHAR(8) NOT NULL, \n\tbackend_key_id INTEGER, \n\tfingerprint VARCHAR(64) NOT NULL, \n\tkey_tag INTEGER NOT NULL, \n\tkeytype VARCHAR(8) NOT NULL, \n\talgorithm VARCHAR(32) NOT NULL, \n\tbits INTEGER, \n\tdnskey TEXT NOT NULL, \n\tds TEXT NOT NULL, \n\tcreated_at DATETIME NOT NULL, \n\tPRIMARY KEY (id), \n\tFOREIGN KEY(rollover_id) REFERENCES dnssec_rollover (id) ON DELETE CASCADE, \n\tCONSTRAINT uq_dnssec_rollover_key_identity UNIQUE (rollover_id, role, fingerprint)\n)\n\n', [], False),
    ('CREATE INDEX ix_dnssec_rollover_key_backend_key_id ON dnssec_rollover_key (backend_key_id)', [], False),
    ('CREATE INDEX ix_dnssec_rollover_key_fingerprint ON dnssec_rollover_key (fingerprint)', [], False),
    ('CREATE INDEX ix_dnssec_rollover_key_rollover_id ON dnssec_rollover_key (rollover_id)', [], False),
]

DOWNGRADE = [
    ('\nDROP INDEX ix_dnssec_rollover_key_rollover_id', [], False),
    ('\nDROP INDEX ix_dnssec_rollover_key_fingerprint', [], False),
    ('\nDROP INDEX ix_dnssec_rollover_key_backend_key_id', [], False),
    ('\nDROP TABLE dnssec_rollover_key', [], False),
]


def upgrade(conn):
    run_statements(conn, UPGRADE)


def downgrade(conn):
    run_statements(conn, DOWNGRADE)
