"""memos ``0.12/03__resource_internal_path.sql``: ``resource.internal_path``. (Upstream has no ``0.12/02``.)"""


def upgrade(conn):
    conn.execute(
        """
        ALTER TABLE
          resource
        ADD
          COLUMN internal_path TEXT NOT NULL DEFAULT ''
        """
    )
