"""Kanboard ``version_27``: a UNIQUE index on ``users.username``.

Upstream adds it over the existing rows as they are: a file where two users share a
name cannot take this step.
"""


def upgrade(conn):
    conn.execute("CREATE UNIQUE INDEX users_username_idx ON users(username)")
