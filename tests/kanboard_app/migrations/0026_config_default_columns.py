"""Kanboard ``version_26``: the configuration gets the ``default_columns`` of new boards."""


def upgrade(conn):
    conn.execute("ALTER TABLE config ADD COLUMN default_columns TEXT DEFAULT ''")
