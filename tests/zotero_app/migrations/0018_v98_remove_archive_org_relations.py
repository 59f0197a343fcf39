"""Zotero userdata step 98 (``_migrateUserDataSchema``, ``else if (i == 98)``), ported:
``owl:sameAs`` relations to archive.org deleted.
"""

from edi_migrations.changes import DeleteRows

CHANGES = (
    # upstream's point: old archive.org relations go
    DeleteRows(
        "itemRelations",
        where="predicateID = (SELECT predicateID FROM relationPredicates WHERE predicate = 'owl:sameAs') "
        "AND object LIKE 'http://www.archive.org/%'",
    ),
)


def upgrade(conn):
    conn.execute("DELETE FROM itemRelations WHERE predicateID=(SELECT predicateID FROM relationPredicates WHERE predicate='owl:sameAs') AND object LIKE ?", ["http://www.archive.org/%"])
