"""memos ``0.22/00__resource_storage_type.sql``: ``resource.storage_type``, ``reference`` and ``payload``; ``reference`` filled
from ``internal_path`` (``LOCAL``) or ``external_link`` (``EXTERNAL``), which are dropped.
"""

from edi_migrations.changes import Backfill, DropColumn

# internal_path and external_link become storage_type + reference (the external link
# wins where both are set: its UPDATE runs second), then go.
LOCAL = "internal_path IS NOT NULL AND internal_path != ''"
EXTERNAL = "external_link IS NOT NULL AND external_link != ''"
# upstream's point: a resource's location moves into storage_type and reference
CHANGES = (
    Backfill(
        "resource",
        "storage_type",
        expression=f"CASE WHEN {EXTERNAL} THEN 'EXTERNAL' WHEN {LOCAL} THEN 'LOCAL' ELSE '' END",
    ),
    Backfill(
        "resource",
        "reference",
        expression=f"CASE WHEN {EXTERNAL} THEN external_link "
        f"WHEN {LOCAL} THEN internal_path ELSE '' END",
    ),
    DropColumn("resource", "internal_path"),
    DropColumn("resource", "external_link"),
)


def upgrade(conn):
    conn.execute(
        """
        ALTER TABLE resource ADD COLUMN storage_type TEXT NOT NULL DEFAULT ''
        """
    )
    conn.execute(
        """
        ALTER TABLE resource ADD COLUMN reference TEXT NOT NULL DEFAULT ''
        """
    )
    conn.execute(
        """
        ALTER TABLE resource ADD COLUMN payload TEXT NOT NULL DEFAULT '{}'
        """
    )
    conn.execute(
        """
        UPDATE resource
        SET storage_type = 'LOCAL', reference = internal_path
        WHERE internal_path IS NOT NULL AND internal_path != ''
        """
    )
    conn.execute(
        """
        UPDATE resource
        SET storage_type = 'EXTERNAL', reference = external_link
        WHERE external_link IS NOT NULL AND external_link != ''
        """
    )
    conn.execute(
        """
        ALTER TABLE resource DROP COLUMN internal_path
        """
    )
    conn.execute(
        """
        ALTER TABLE resource DROP COLUMN external_link
        """
    )
