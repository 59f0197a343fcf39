"""memos ``0.19/00__add_resource_name.sql``: ``memo.resource_name`` and ``resource.resource_name``, each filled with a
random 16-hex-digit name and made UNIQUE.
"""

from edi_migrations.changes import RandomValue

# Each memo and resource gets a name drawn at random (randomblob), as upstream means.
CHANGES = (RandomValue("memo", "resource_name"), RandomValue("resource", "resource_name"))
LINT_ACKNOWLEDGED = {
    "EM107": "the indexed names are 64 random bits each, drawn just before: a repeat is "
    "as likely as a random collision"
}


def upgrade(conn):
    conn.execute(
        """
        ALTER TABLE memo ADD COLUMN resource_name TEXT NOT NULL DEFAULT ""
        """
    )
    conn.execute(
        """
        UPDATE memo SET resource_name = lower(hex(randomblob(8)))
        """
    )
    conn.execute(
        """
        CREATE UNIQUE INDEX idx_memo_resource_name ON memo (resource_name)
        """
    )
    conn.execute(
        """
        ALTER TABLE resource ADD COLUMN resource_name TEXT NOT NULL DEFAULT ""
        """
    )
    conn.execute(
        """
        UPDATE resource SET resource_name = lower(hex(randomblob(8)))
        """
    )
    conn.execute(
        """
        CREATE UNIQUE INDEX idx_resource_resource_name ON resource (resource_name)
        """
    )
