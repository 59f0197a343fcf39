"""Kanboard ``version_36``: project members get ``is_owner`` (DEFAULT the text ``'0'``)."""


def upgrade(conn):
    conn.execute('ALTER TABLE project_has_users ADD COLUMN is_owner INTEGER DEFAULT "0"')
