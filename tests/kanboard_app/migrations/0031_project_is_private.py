"""Kanboard ``version_31``: projects get ``is_private`` (DEFAULT ``"0"``, the text ``'0'``)."""


def upgrade(conn):
    conn.execute('ALTER TABLE projects ADD COLUMN is_private INTEGER DEFAULT "0"')
