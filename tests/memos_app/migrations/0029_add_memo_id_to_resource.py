"""memos ``0.16/00__add_memo_id_to_resource.sql``: ``resource.memo_id`` filled from ``memo_resource`` (one link per
resource), indexed, and ``memo_resource`` dropped.
"""

from edi_migrations.changes import Backfill, DropTable

# memo_resource folds into resource.memo_id (the first link of each resource), then goes.
CHANGES = (
    Backfill(
        "resource",
        "memo_id",
        expression="(SELECT memo_id FROM memo_resource "
        "WHERE resource.id = memo_resource.resource_id LIMIT 1)",
    ),
    DropTable("memo_resource"),
)


def upgrade(conn):
    conn.execute(
        """
        ALTER TABLE resource ADD COLUMN memo_id INTEGER
        """
    )
    conn.execute(
        """
        UPDATE resource
        SET memo_id = (
          SELECT memo_id
          FROM memo_resource
          WHERE resource.id = memo_resource.resource_id
          LIMIT 1
        )
        """
    )
    conn.execute(
        """
        CREATE INDEX idx_resource_memo_id ON resource (memo_id)
        """
    )
    conn.execute(
        """
        DROP TABLE IF EXISTS memo_resource
        """
    )
