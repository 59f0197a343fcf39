"""linkding ``bookmarks/migrations/0004_auto_20200926_1028.py``: Alter field description on bookmark; Alter field title on bookmark.

The SQL is Django's for SQLite (``sqlmigrate bookmarks 0004``), less its BEGIN/COMMIT.
"""


def upgrade(conn):
    conn.executescript(
        r'''
--
-- Alter field description on bookmark
--
-- (no-op)
--
-- Alter field title on bookmark
--
-- (no-op)
'''
    )
