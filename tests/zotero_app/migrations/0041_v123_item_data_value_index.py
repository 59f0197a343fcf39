"""Zotero userdata step 123 (``_migrateUserDataSchema``, ``else if (i == 123)``), ported:
An index on ``itemData.valueID``.
"""


def upgrade(conn):
    conn.execute("CREATE INDEX itemData_valueID ON itemData(valueID)")
