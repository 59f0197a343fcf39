"""memos ``0.21/01__rename_uid.sql``: ``resource_name`` renamed ``uid`` in ``memo`` and ``resource``."""

from edi_migrations.changes import RenameColumn

# The file's purpose: resource_name is called uid.
CHANGES = (
    RenameColumn("memo", "resource_name", "uid"),
    RenameColumn("resource", "resource_name", "uid"),
)


def upgrade(conn):
    conn.execute(
        """
        ALTER TABLE memo RENAME COLUMN resource_name TO uid
        """
    )
    conn.execute(
        """
        ALTER TABLE resource RENAME COLUMN resource_name TO uid
        """
    )
