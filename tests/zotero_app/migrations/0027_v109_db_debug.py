"""Zotero userdata step 109 (``_migrateUserDataSchema``, ``else if (i == 109)``), ported:
``dbDebug1``, a table upstream made to see which steps ran.
"""


def upgrade(conn):
    conn.execute("CREATE TABLE IF NOT EXISTS dbDebug1 (\n    a INTEGER PRIMARY KEY\n)")
