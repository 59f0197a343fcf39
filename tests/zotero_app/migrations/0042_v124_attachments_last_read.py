"""Zotero userdata step 124 (``_migrateUserDataSchema``, ``else if (i == 124)``), ported:
``itemAttachments.lastRead``, indexed.
"""


def upgrade(conn):
    conn.execute("ALTER TABLE itemAttachments ADD COLUMN lastRead INT")
    conn.execute("CREATE INDEX itemAttachments_lastRead ON itemAttachments(lastRead)")
