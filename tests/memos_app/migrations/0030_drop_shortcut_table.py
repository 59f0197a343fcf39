"""memos ``0.16/01__drop_shortcut_table.sql``: the ``shortcut`` table dropped."""

from edi_migrations.changes import DropTable

# Shortcuts are retired on purpose (upstream's "drop shortcut").
CHANGES = (DropTable("shortcut"),)


def upgrade(conn):
    conn.execute(
        """
        DROP TABLE IF EXISTS shortcut
        """
    )
