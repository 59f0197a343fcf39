"""Mealie ``alembic/versions/2022-03-23-17.43.34_263dd6707191_convert_quantity_from_integer_to_float.py``: convert quantity from integer to float.

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
