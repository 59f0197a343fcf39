"""Zotero userdata step 118 (``_migrateUserDataSchema``, ``else if (i == 118)``), ported:
Back to SQLite's own rename behaviour: ``PRAGMA legacy_alter_table=OFF`` (later rebuilds
make a new table and rename it into place).
"""


def upgrade(conn):
    # Switch to new rename/FK behavior. All further table rebuilds must create a new
    # table with a temporary name, do an INSERT...SELECT (with default/missing values
    # as appropriate), delete the old table, and rename the new one back to the
    # original name. https://stackoverflow.com/a/57275538
    conn.execute("PRAGMA legacy_alter_table=OFF")
