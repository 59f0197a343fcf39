"""memos ``0.27/00__migrate_storage_setting.sql``: a ``STORAGE`` system setting (``DATABASE``) where there is none."""

from edi_migrations.changes import AddRows

# A STORAGE setting where there is none: the old default, written down.
CHANGES = (AddRows("system_setting"),)


def upgrade(conn):
    conn.execute(
        """
        -- Set storage type to DATABASE for existing instances that have no storage setting configured.
        -- This preserves backward-compatible behavior before the default was changed to LOCAL.
        INSERT INTO system_setting (name, value, description)
        SELECT 'STORAGE', '{"storageType":"DATABASE"}', ''
        WHERE NOT EXISTS (SELECT 1 FROM system_setting WHERE name = 'STORAGE')
        """
    )
