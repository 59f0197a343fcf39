"""PowerDNS-Admin ``migrations/versions/6ea7dc05f496_fix_typo_in_history_detail.py``: Fix typo in history detail.

The statements Alembic ran for it on SQLite (SQLAlchemy 2.0.51, Alembic 1.20.1), upgrade
and downgrade, as captured (README.md); Alembic's own version table and its reads are left out.
"""

from _alembic import run_statements

UPGRADE = [
    ('UPDATE history SET detail=replace(replace(history.detail, ?, ?), ?, ?) WHERE history.detail LIKE ?', ['"add_rrests":', '"add_rrsets":', '"del_rrests":', '"del_rrsets":', '%"add_rrests":%'], False),
]

DOWNGRADE = [
    ('UPDATE history SET detail=replace(replace(history.detail, ?, ?), ?, ?) WHERE history.detail LIKE ?', ['"add_rrsets":', '"add_rrests":', '"del_rrsets":', '"del_rrests":', '%"add_rrsets":%'], False),
]


def upgrade(conn):
    run_statements(conn, UPGRADE)


def downgrade(conn):
    run_statements(conn, DOWNGRADE)
