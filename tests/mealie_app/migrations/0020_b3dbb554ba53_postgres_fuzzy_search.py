"""Mealie ``alembic/versions/2023-04-13-06.47.04_b3dbb554ba53_postgres_fuzzy_search.py``: postgres fuzzy search.

The statements Alembic ran for it on SQLite (SQLAlchemy 2.0.35, Alembic 1.13.3), upgrade
and downgrade, as captured (README.md); Alembic's own version table and its reads are left out.
"""

from _alembic import run_statements

UPGRADE = [

]

DOWNGRADE = [

]


def upgrade(conn):
    run_statements(conn, UPGRADE)


def downgrade(conn):
    run_statements(conn, DOWNGRADE)
