"""Kanboard ``version_24``: projects get ``is_public`` (upstream's DEFAULT ``"0"`` is a
double-quoted string, which SQLite reads as the text ``'0'``)."""


def upgrade(conn):
    conn.execute('ALTER TABLE projects ADD COLUMN is_public INTEGER DEFAULT "0"')
