"""linkding ``bookmarks/migrations/0037_globalsettings.py``: Create model GlobalSettings.

The SQL is Django's for SQLite (``sqlmigrate bookmarks 0037``), less its BEGIN/COMMIT.
"""


def upgrade(conn):
    conn.executescript(
        r'''
--
-- Create model GlobalSettings
--
CREATE TABLE "bookmarks_globalsettings" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "landing_page" varchar(50) NOT NULL);
'''
    )
