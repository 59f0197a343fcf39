"""Kanboard ``version_34``: projects get ``is_everybody_allowed`` (DEFAULT the text ``'0'``)."""


def upgrade(conn):
    conn.execute('ALTER TABLE projects ADD COLUMN is_everybody_allowed INTEGER DEFAULT "0"')
