"""memos ``0.26/04__migrate_host_to_admin.sql``: role ``HOST`` becomes ``ADMIN``."""

from edi_migrations.changes import Recompute

# The file's purpose: role HOST is called ADMIN.
CHANGES = (
    Recompute("user", "role", expression="CASE WHEN role = 'HOST' THEN 'ADMIN' ELSE role END"),
)


def upgrade(conn):
    conn.execute(
        """
        UPDATE user SET role = 'ADMIN' WHERE role = 'HOST'
        """
    )
