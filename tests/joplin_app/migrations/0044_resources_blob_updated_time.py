"""Joplin ``packages/lib/services/database/migrations/44.ts``, ported: its queries in order,
each as upstream wrote it.
"""

from _joplin import run_queries

from edi_migrations.changes import Recompute

CHANGES = (
    # a resource's blob counts as updated when the resource was
    Recompute("resources", "blob_updated_time", expression="updated_time"),
)


def upgrade(conn):
    run_queries(
        conn,
        [
            "ALTER TABLE `resources` ADD COLUMN blob_updated_time INT NOT NULL DEFAULT 0",
            "UPDATE `resources` SET blob_updated_time = updated_time",
        ],
    )
