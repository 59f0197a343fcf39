"""Mealie ``alembic/versions/2022-09-27-14.53.14_2ea7a807915c_add_recipe_timeline_events_table.py``: add recipe timeline events table.

The statements Alembic ran for it on SQLite (SQLAlchemy 2.0.35, Alembic 1.13.3), upgrade
and downgrade, as captured (README.md); Alembic's own version table and its reads are left out.
"""

from _alembic import run_statements

UPGRADE = [
    ('CREATE TABLE recipe_timeline_events (\n\tcreated_at DATETIME, \n\tupdate_at DATETIME, \n\tid CHAR(32) NOT NULL, \n\trecipe_id CHAR(32) NOT NULL, \n\tuser_id CHAR(32) NOT NULL, \n\tsubject VARCHAR NOT NULL, \n\tmessage VARCHAR, \n\tevent_type VARCHAR, \n\timage VARCHAR, \n\ttimestamp DATETIME, \n\tPRIMARY KEY (id), \n\tFOREIGN KEY(recipe_id) REFERENCES recipes (id), \n\tFOREIGN KEY(user_id) REFERENCES users (id)\n)', [], False),
]

DOWNGRADE = [
    ('DROP TABLE recipe_timeline_events', [], False),
]


def upgrade(conn):
    run_statements(conn, UPGRADE)


def downgrade(conn):
    run_statements(conn, DOWNGRADE)
