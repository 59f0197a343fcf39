"""Mealie ``alembic/versions/2022-03-31-19.19.55_59eb59135381_add_tags_to_cookbooks.py``: add tags to cookbooks.

The statements Alembic ran for it on SQLite (SQLAlchemy 2.0.35, Alembic 1.13.3), upgrade
and downgrade, as captured (README.md); Alembic's own version table and its reads are left out.
"""

from _alembic import run_statements

UPGRADE = [
    ('CREATE TABLE cookbooks_to_tags (\n\tcookbook_id CHAR(32), \n\ttag_id CHAR(32), \n\tFOREIGN KEY(cookbook_id) REFERENCES cookbooks (id), \n\tFOREIGN KEY(tag_id) REFERENCES tags (id)\n)', [], False),
    ('CREATE TABLE cookbooks_to_tools (\n\tcookbook_id CHAR(32), \n\ttool_id CHAR(32), \n\tFOREIGN KEY(cookbook_id) REFERENCES cookbooks (id), \n\tFOREIGN KEY(tool_id) REFERENCES tools (id)\n)', [], False),
    ('ALTER TABLE cookbooks ADD COLUMN public BOOLEAN', [], False),
]

DOWNGRADE = [
    ('ALTER TABLE cookbooks DROP COLUMN public', [], False),
    ('DROP TABLE cookbooks_to_tools', [], False),
    ('DROP TABLE cookbooks_to_tags', [], False),
]


def upgrade(conn):
    run_statements(conn, UPGRADE)


def downgrade(conn):
    run_statements(conn, DOWNGRADE)
