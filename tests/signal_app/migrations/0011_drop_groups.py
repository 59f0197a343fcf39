"""Signal Desktop ``ts/sql/migrations/index.ts``, ``updateToSchemaVersion11``, ported: its
``db.exec`` SQL as written (trailing blanks trimmed), run by ``conn.executescript``.
"""

from edi_migrations.changes import DropTable

CHANGES = (
    # upstream drops the groups table on purpose
    DropTable("groups"),
)


def upgrade(conn):
    conn.executescript(
        r"""
      DROP TABLE groups;
"""
    )
