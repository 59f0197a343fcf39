"""PowerDNS-Admin ``migrations/versions/9f2a6c7d8e10_add_dnssec_rollover_state.py``: Add DNSSEC rollover state.

The statements Alembic ran for it on SQLite (SQLAlchemy 2.0.51, Alembic 1.20.1), upgrade
and downgrade, as captured (README.md); Alembic's own version table and its reads are left out.
"""

from _alembic import run_statements

UPGRADE = [
    ('\nCREATE TABLE dnssec_rollover (\n\tid INTEGER NOT NULL, \n\tdomain_id INTEGER NOT NULL, \n\trollover_type VARCHAR(16) NOT NULL, \n\tkeytype VARCHAR(8) NOT NULL, \n\tstate VARCHAR(32) NOT NULL, \n\told_key_ids TEXT NOT NULL, \n\tnew_key_ids TEXT NOT NULL, \n\talgorithm VARCHAR(32) NOT NULL, \n\tbits INTEGER NOT NULL, \n\tstarted_by VARCHAR(128) NOT NULL, \n\tstarted_at DATETIME NOT NULL, \n\tnot_before DATETIME, \n\tparent_ds_confirmed_at DATETIME, \n\tcompleted_at DATETIME, \n\terror TEXT, \n\tactive BOOLEAN NOT NULL, \n\tPRIMARY KEY (id), \n\tFOREIGN KEY(domain_id) REFERENCES domain (id) ON DELETE CASCADE\n)\n\n', [], False),
    ('CREATE INDEX ix_dnssec_rollover_active ON dnssec_rollover (active)', [], False),
    ('CREATE INDEX ix_dnssec_rollover_domain_id ON dnssec_rollover (domain_id)', [], False),
    ('CREATE INDEX ix_dnssec_rollover_state ON dnssec_rollover (state)', [], False),
]

DOWNGRADE = [
    ('\nDROP INDEX ix_dnssec_rollover_state', [], False),
    ('\nDROP INDEX ix_dnssec_rollover_domain_id', [], False),
    ('\nDROP INDEX ix_dnssec_rollover_active', [], False),
    ('\nDROP TABLE dnssec_rollover', [], False),
]


def upgrade(conn):
    run_statements(conn, UPGRADE)


def downgrade(conn):
    run_statements(conn, DOWNGRADE)
