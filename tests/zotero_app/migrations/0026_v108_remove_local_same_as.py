"""Zotero userdata step 108 (``_migrateUserDataSchema``, ``else if (i == 108)``), ported:
``owl:sameAs`` relations to a local user's URIs deleted.
"""

from edi_migrations.changes import DeleteRows

CHANGES = (
    # upstream's point: invalid relations from copying a feed item go
    DeleteRows(
        "itemRelations",
        where="predicateID = (SELECT predicateID FROM relationPredicates WHERE predicate = 'owl:sameAs') "
        "AND object LIKE 'http://zotero.org/users/local/%'",
    ),
)


def upgrade(conn):
    conn.execute("DELETE FROM itemRelations WHERE predicateID=(SELECT predicateID FROM relationPredicates WHERE predicate='owl:sameAs') AND object LIKE ?", ["http://zotero.org/users/local/%"])
