"""memos ``0.26/00__rename_resource_to_attachment.sql``: ``resource`` renamed ``attachment``, its two indexes with it."""

from edi_migrations.changes import DropObject, RenameTable

# The file's purpose: resource is called attachment; its two indexes are made again under
# new names.
CHANGES = (
    RenameTable("resource", "attachment"),
    DropObject("index", "idx_resource_creator_id"),
    DropObject("index", "idx_resource_memo_id"),
)


def upgrade(conn):
    conn.execute(
        """
        ALTER TABLE `resource` RENAME TO `attachment`
        """
    )
    conn.execute(
        """
        DROP INDEX IF EXISTS `idx_resource_creator_id`
        """
    )
    conn.execute(
        """
        CREATE INDEX `idx_attachment_creator_id` ON `attachment` (`creator_id`)
        """
    )
    conn.execute(
        """
        DROP INDEX IF EXISTS `idx_resource_memo_id`
        """
    )
    conn.execute(
        """
        CREATE INDEX `idx_attachment_memo_id` ON `attachment` (`memo_id`)
        """
    )
