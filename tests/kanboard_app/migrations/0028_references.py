"""Kanboard ``version_28``: tasks and comments get an external ``reference``, indexed."""


def upgrade(conn):
    conn.execute("ALTER TABLE tasks ADD COLUMN reference TEXT DEFAULT ''")
    conn.execute("ALTER TABLE comments ADD COLUMN reference TEXT DEFAULT ''")
    conn.execute("CREATE INDEX tasks_reference_idx ON tasks(reference)")
    conn.execute("CREATE INDEX comments_reference_idx ON comments(reference)")
