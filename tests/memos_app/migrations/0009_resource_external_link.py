"""memos ``0.5/03__resource_extermal_link.sql``: ``resource.external_link`` (upstream's file name spells it
``extermal``).
"""


def upgrade(conn):
    conn.execute(
        """
        ALTER TABLE
          resource
        ADD
          COLUMN external_link TEXT NOT NULL DEFAULT ''
        """
    )
