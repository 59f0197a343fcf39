"""PowerDNS-Admin ``migrations/versions/fbc7cf864b24_update_history_detail_quotes.py``: update history detail quotes.

The statements Alembic ran for it on SQLite (SQLAlchemy 2.0.51, Alembic 1.20.1), upgrade
and downgrade, as captured (README.md); Alembic's own version table and its reads are left out.
"""

from _alembic import run_statements

from edi_migrations.changes import Recompute

# upstream's point: history details stored with single quotes get double quotes (JSON),
# but for those naming rrsets (upstream's own condition, as its UPDATE below says)
CHANGES = (
    Recompute(
        "history",
        "detail",
        expression="CASE WHEN detail LIKE '%''%' AND detail NOT LIKE '%rrests%' "
        "AND detail NOT LIKE '%rrsets%' THEN replace(detail, '''', '\"') ELSE detail END",
    ),
)

UPGRADE = [
    ('UPDATE history SET detail=replace(history.detail, ?, ?) WHERE history.detail LIKE ? AND history.detail NOT LIKE ? AND history.detail NOT LIKE ?', ["'", '"', "%'%", '%rrests%', '%rrsets%'], False),
]

DOWNGRADE = [

]


def upgrade(conn):
    run_statements(conn, UPGRADE)


def downgrade(conn):
    run_statements(conn, DOWNGRADE)
